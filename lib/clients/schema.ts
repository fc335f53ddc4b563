import { z } from "zod";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Lang } from "@/lib/engine/text";
import { parseProfileInput } from "@/lib/evaluations/parse-profile";
import type { FieldProblem } from "@/lib/profile/parse";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { DISTRICTS } from "@/lib/profile/sections/common";
import {
  CREDIT_CODE_MESSAGES,
  creditCodeProblem,
  normaliseCreditCode,
  type CreditCodeProblem,
} from "./credit-code";

/** Form fields arrive as strings; an empty one means "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

/** 统一社会信用代码: normalised (upper case, no spaces), then checked per GB 32100-2015. */
export const creditCodeSchema = z
  .string()
  .transform(normaliseCreditCode)
  .check((ctx) => {
    const problem = creditCodeProblem(ctx.value);
    if (problem)
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        params: { creditCode: problem },
        continue: false,
      });
  });

export const districtSchema = z.preprocess(blankToUndefined, z.enum(DISTRICTS).optional());

/** The client record's own fields (not the profile). */
export const clientFieldsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  // A walk-in may be started with a name only; the code is required before an evaluation is saved.
  creditCode: z.preprocess(blankToUndefined, creditCodeSchema.nullish()),
  district: districtSchema,
  contactName: optionalText(100),
  contactPhone: optionalText(50),
  notes: optionalText(2000),
});

/** A client as created or edited: its fields and the self-check profile. */
export const clientInputSchema = clientFieldsSchema.extend({ profile: profileSchema });
export type ClientInput = z.output<typeof clientInputSchema>;

/** What an edit must name: the record and the version it was read at. */
export const clientVersionSchema = z.object({
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
});

export const clientUpdateSchema = clientInputSchema.extend(clientVersionSchema.shape);
export type ClientUpdate = z.output<typeof clientUpdateSchema>;

export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: "企业名称", en: "Name" },
  creditCode: { zh: "统一社会信用代码", en: "Unified social credit code" },
  district: { zh: "所在区、县（市）", en: "District or county" },
  contactName: { zh: "联系人", en: "Contact person" },
  contactPhone: { zh: "联系电话", en: "Contact phone" },
  notes: { zh: "备注", en: "Notes" },
  version: { zh: "版本", en: "Version" },
};

const REQUIRED = { zh: "必填", en: "Required" };

const locales = { zh: zhCN().localeError, en: en().localeError };

/** A zod error map in `lang` that also explains credit-code problems. */
export function errorMapFor(lang: Lang): z.core.$ZodErrorMap {
  return (issue) => {
    const problem = (issue as { params?: { creditCode?: CreditCodeProblem } }).params?.creditCode;
    if (issue.code === "custom" && problem) return CREDIT_CODE_MESSAGES[problem][lang];
    if (issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1)
      return REQUIRED[lang];
    if (issue.code === "invalid_type" && issue.input === undefined) return REQUIRED[lang];
    return locales[lang](issue);
  };
}

/** The profile copies the client's name, code and district, so reports and the engine agree. */
export function withClientFacts(
  profile: Profile,
  fields: { name: string; creditCode?: string | null; district?: string },
): Profile {
  return {
    ...profile,
    enterprise: {
      ...profile.enterprise,
      name: fields.name,
      creditCode: fields.creditCode ?? undefined,
      district: fields.district as Profile["enterprise"]["district"],
    },
  };
}

export type ParsedClient<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Parses with `schema`, naming every bad field in `lang`. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
): ParsedClient<z.output<S>> {
  const r = schema.safeParse(input, { error: errorMapFor(lang) });
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => {
      const path = i.path.map(String).join(".");
      return { path, label: FIELD_LABELS[path]?.[lang], message: i.message };
    }),
  };
}

/**
 * Parses a client as created or edited: the record's fields with `fieldsSchema`, the profile with
 * the self-check's parser (so profile problems carry the wizard's labels, "profile." prefixed).
 */
export function parseClient<S extends z.ZodObject>(
  fieldsSchema: S,
  input: { readonly profile?: unknown } & Record<string, unknown>,
  lang: Lang,
): ParsedClient<z.output<S> & { profile: Profile }> {
  const fields = parseWith(fieldsSchema, input, lang);
  const profile = parseProfileInput(input.profile ?? { enterprise: {} }, lang);
  const problems = [
    ...(fields.ok ? [] : fields.problems),
    ...(profile.ok ? [] : profile.problems.map((p) => ({ ...p, path: `profile.${p.path}` }))),
  ];
  if (!fields.ok || !profile.ok) return { ok: false, problems };
  return { ok: true, value: { ...fields.value, profile: profile.profile } };
}
