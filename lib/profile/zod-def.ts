import type { z } from "zod";

/** The parts of a zod 4 schema's definition that the profile tooling walks. */
export type ZodDef = {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  /** A record's value schema (the profile's yearly figures, keyed by year). */
  readonly valueType?: z.ZodType;
  readonly entries?: Record<string, string>;
  readonly values?: unknown[];
  readonly checks?: readonly { _zod: { def: { check: string; maximum?: number } } }[];
};

/** A schema's definition (zod keeps it on `_zod.def`; it has no typed public accessor). */
export const zodDef = (schema: z.ZodType): ZodDef =>
  (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
