import { z } from "zod";
import en from "zod/v4/locales/en.js";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { Lang, Text } from "@/lib/engine/text";
import { metaOf, unwrap } from "./facts";
import { factLabel } from "./labels";
import { profileSchema, type Profile } from "./schema";
import { upgradeProfile } from "./upgrade";
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
  | {
      readonly ok: true;
      readonly profile: Profile;
      /** The version the input was written in: 1 was upgraded (a deprecated form). */
      readonly from?: 1 | 2;
      /** What an upgrade from version 1 did. */
      readonly note?: Text;
    }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

const locales = { zh: zhCN().localeError, en: en().localeError };

function labelAt(path: readonly PropertyKey[], lang: Lang): string | undefined {
  let node: z.ZodType | undefined = profileSchema;
  let label: string | undefined;
  for (const part of path) {
    if (!node) return label;
    const d = zodDef(unwrap(node));
    if (typeof part === "number") node = d.element;
    else node = d.type === "record" ? d.valueType : d.shape?.[String(part)];
    const m = node ? metaOf(node) : undefined;
    if (m) label = lang === "zh" ? m.title : m.titleEn;
  }
  // A yearly figure: "2025 年营业收入".
  if (path[0] === "finance" && path.length === 3) return factLabel(path.join("."), lang);
  return label;
}

const UNKNOWN_FIELD = { zh: "未知字段", en: "Unknown field" };

const wholeProfile = (lang: Lang) => (lang === "zh" ? "（整个档案）" : "(whole profile)");

export type ParseOptions = {
  /**
   * The event year of the round at hand: a version-1 profile without a reporting year has its
   * “本年度” figures placed in it (lib/profile/upgrade.ts).
   */
  readonly eventYear?: number;
};

/**
 * Parses a profile (version 2, or version 1 upgraded) and explains every bad field in the user's language. A key the schema does not
 * know, at any depth, is refused with its place in reader terms, its JSON path and the closest
 * known key ("是否应为 … / did you mean …?"); one problem per unknown key.
 */
export function parseProfile(
  input: unknown,
  lang: Lang = "zh",
  options: ParseOptions = {},
): ParseResult {
  const upgraded = upgradeProfile(input, options.eventYear);
  if (!upgraded.ok)
    return {
      ok: false,
      problems: [
        {
          path: upgraded.path,
          label:
            upgraded.path === "finance"
              ? labelAt(["finance"], lang)
              : lang === "zh"
                ? "申报年度（第 1 版）"
                : "Reporting year (version 1)",
          message: upgraded.message[lang],
        },
      ],
    };
  const r = profileSchema.safeParse(upgraded.value, { error: locales[lang] });
  if (r.success)
    return upgraded.from === 1
      ? { ok: true, profile: r.data, from: 1, note: upgraded.note }
      : { ok: true, profile: r.data };
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
