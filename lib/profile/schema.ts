import { z } from "zod";
import { strict } from "./fields";
import { commonSections } from "./sections/common";
import { policySections } from "./sections";

/**
 * The enterprise profile: one schema for the form, the API, the CLI and the database. Every object
 * in it is strict (unknown keys are refused); profiles stored under older versions are read with
 * lib/profile/load.ts, which drops keys the schema no longer knows. Version 2 keys yearly figures
 * by calendar year; version-1 input is upgraded first (lib/profile/upgrade.ts).
 */
export const profileSchema = strict.object({
  version: z.literal(2).default(2),
  ...commonSections,
  ...policySections,
});

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
