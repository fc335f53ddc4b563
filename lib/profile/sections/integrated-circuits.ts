import { z } from "zod";

/** Facts only the integrated circuits policy reads. */
export const integratedCircuitsSection = z
  .object({})
  .optional()
  .meta({ title: "集成电路", titleEn: "Integrated circuits" });
