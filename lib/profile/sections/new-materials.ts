import { z } from "zod";

/** Facts only the new materials policy reads. */
export const newMaterialsSection = z
  .object({})
  .optional()
  .meta({ title: "新材料", titleEn: "New materials" });
