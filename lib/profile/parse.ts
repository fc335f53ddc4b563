import { z } from "zod";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Lang } from "@/lib/engine/text";
import { metaOf, unwrap } from "./facts";
import { profileSchema, type Profile } from "./schema";
import { unknownKeyMessage } from "./unknown-keys";
import { zodDef } from "./zod-def";

export type FieldProblem = {
  /** Dotted path with indices: "projects.0.eligibleInvestment". */
  readonly path: string;
  /** The field's label in the chosen language, when the schema has one. */
  readonly label?: string;
  readonly message: string;
};

export type ParseResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const locales = { zh: zhCN().localeError, en: en().localeError };

function labelAt(path: readonly PropertyKey[], lang: Lang): string | undefined {
  let node: z.ZodType | undefined = profileSchema;
  let label: string | undefined;
  for (const part of path) {
    if (!node) return label;
    const d = zodDef(unwrap(node));
    if (typeof part === "number") node = d.element;
    else node = d.shape?.[String(part)];
    const m = node ? metaOf(node) : undefined;
    if (m) label = lang === "zh" ? m.title : m.titleEn;
  }
  return label;
}

const UNKNOWN_FIELD = { zh: "未知字段", en: "Unknown field" };

const wholeProfile = (lang: Lang) => (lang === "zh" ? "（整个档案）" : "(whole profile)");

/**
 * Parses a profile and explains every bad field in the user's language. A key the schema does not
 * know, at any depth, is refused with its place in reader terms, its JSON path and the closest
 * known key ("是否应为 … / did you mean …?"); one problem per unknown key.
 */
export function parseProfile(input: unknown, lang: Lang = "zh"): ParseResult {
  const r = profileSchema.safeParse(input, { error: locales[lang] });
  if (r.success) return { ok: true, profile: r.data };
  return {
    ok: false,
    problems: r.error.issues.flatMap((i): FieldProblem[] => {
      if (i.code === "unrecognized_keys")
        return i.keys.map((key) => ({
          path: [...i.path, key].map(String).join("."),
          label: UNKNOWN_FIELD[lang],
          message: unknownKeyMessage(i.path, key, lang),
        }));
      return [
        {
          path: i.path.map(String).join(".") || wholeProfile(lang),
          label: labelAt(i.path, lang),
          message: i.message,
        },
      ];
    }),
  };
}

export function describeProblem(p: FieldProblem, lang: Lang = "zh"): string {
  if (lang === "en")
    return p.label ? `${p.label} (${p.path}): ${p.message}` : `${p.path}: ${p.message}`;
  return p.label ? `${p.label}（${p.path}）：${p.message}` : `${p.path}：${p.message}`;
}
