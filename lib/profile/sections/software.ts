import { z } from "zod";

/** Facts only the software and it services policy reads. */
export const softwareSection = z
  .object({})
  .optional()
  .meta({ title: "软件和信息技术服务", titleEn: "Software and IT services" });
