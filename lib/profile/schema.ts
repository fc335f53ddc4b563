import { z } from "zod";
import { commonSections } from "./sections/common";
import { policySections } from "./sections";

/** The enterprise profile: one schema for the form, the API, the CLI and the database. */
export const profileSchema = z
  .object({
    version: z.literal(1).default(1),
    ...commonSections,
    ...policySections,
  })
  .strict();

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
