import { z } from "zod";

/** Facts only the green energy policy reads. */
export const greenEnergySection = z
  .object({})
  .optional()
  .meta({ title: "绿色能源", titleEn: "Green energy" });
