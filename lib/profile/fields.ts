import { z } from "zod";

/**
 * Field constructors for the profile. Every field carries a Chinese and an English label, a unit
 * and, where useful, a description; the wizard, the JSON Schema and error messages read them.
 */
export type FieldMeta = {
  title: string;
  titleEn: string;
  unit?: "yuan" | "percent" | "count" | "kg" | "watt" | "m2" | "year" | "vehicle";
  description?: string;
  descriptionEn?: string;
  /** For choices: each value's [zh, en] labels. */
  options?: Record<string, readonly [string, string]>;
};

/** The largest amount of money accepted: 10 万亿元. Larger figures are typing errors. */
export const MAX_YUAN = 10_000_000_000_000;

const meta = (m: FieldMeta) => m as FieldMeta & Record<string, unknown>;

// The checked types are built once and shared by the ~300 fields that use them (zod schemas are
// immutable): each field adds only its optional wrapper and its labels. Building every chain anew
// made the profile schema several times slower to load, in the browser as on the server.
const MONEY = z.number().int().min(0).max(MAX_YUAN);
const COUNT = z.number().int().min(0).max(10_000_000);
const QUANTITY = z.number().min(0).max(1e13);
const PERCENT = z.number().min(0).max(100);
const YEAR = z.number().int().min(2000).max(2100);
const BOOLEAN = z.boolean();
const DATE = z.iso.date();
const texts = new Map<number, z.ZodString>();
const textOf = (max: number) => {
  let base = texts.get(max);
  if (!base) texts.set(max, (base = z.string().trim().max(max)));
  return base;
};

export const money = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  MONEY.optional().meta(meta({ title, titleEn, unit: "yuan", ...more }));

export const count = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  COUNT.optional().meta(meta({ title, titleEn, unit: "count", ...more }));

/** A quantity in a physical unit (kg, W, m²), possibly fractional. */
export const quantity = (
  title: string,
  titleEn: string,
  unit: FieldMeta["unit"],
  more: Partial<FieldMeta> = {},
) => QUANTITY.optional().meta(meta({ title, titleEn, unit, ...more }));

export const percentField = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  PERCENT.optional().meta(meta({ title, titleEn, unit: "percent", ...more }));

export const flag = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  BOOLEAN.optional().meta(meta({ title, titleEn, ...more }));

export const year = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  YEAR.optional().meta(meta({ title, titleEn, unit: "year", ...more }));

/** A calendar day, YYYY-MM-DD. */
export const date = (title: string, titleEn: string, more: Partial<FieldMeta> = {}) =>
  DATE.optional().meta(meta({ title, titleEn, ...more }));

export const text = (title: string, titleEn: string, max = 200, more: Partial<FieldMeta> = {}) =>
  textOf(max)
    .optional()
    .meta(meta({ title, titleEn, ...more }));

/** A choice among labelled options; `options` maps each value to its [zh, en] labels. */
export function choice<const T extends readonly [string, ...string[]]>(
  title: string,
  titleEn: string,
  values: T,
  labels: Record<T[number], readonly [string, string]>,
  more: Partial<FieldMeta> = {},
) {
  return z
    .enum(values)
    .optional()
    .meta(meta({ title, titleEn, ...more, options: labels }));
}

/** Every item of a list has a stable id so that results do not depend on the list's order. */
export const itemId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .meta(meta({ title: "编号", titleEn: "ID" }));

export const itemName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta(meta({ title: "名称", titleEn: "Name" }));

/** A list of items; at most `max` so that absurd inputs are refused. */
export const list = <T extends z.ZodType>(
  item: T,
  title: string,
  titleEn: string,
  max = 100,
  more: Partial<FieldMeta> = {},
) =>
  z
    .array(item)
    .max(max)
    .optional()
    .meta(meta({ title, titleEn, ...more }));

/**
 * Object constructors for the profile. Every object of the profile is strict: a key the schema
 * does not know (a misspelling such as `eligibleInvestmnt`) is refused rather than silently
 * dropped. ESLint forbids plain `z.object` inside lib/profile.
 */
export const strict = {
  object: <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape),
};
