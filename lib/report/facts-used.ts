import { formatYuan, groupDigits } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import { resolveFact, unwrap } from "@/lib/profile/facts";
import type { FieldMeta } from "@/lib/profile/fields";
import { factLabel } from "@/lib/profile/labels";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { zodDef } from "@/lib/profile/zod-def";
import { eventView, withYears } from "@/lib/profile/years";
import { findClause } from "@/rules";
import { POLICIES } from "@/rules/policies";

export type FactRow = { readonly label: string; readonly value: string };
export type FactGroup = { readonly section: string; readonly rows: readonly FactRow[] };

/** The event year of the evaluated round: yearly figures are named by calendar year with it. */
export function baseYearOf(result: EvaluationResult): number | undefined {
  return (result as { readonly round?: { readonly eventYear: number } }).round?.eventYear;
}

const UNIT_WORDS: Record<Exclude<FieldMeta["unit"], undefined>, [string, string]> = {
  yuan: ["元", "CNY"],
  percent: ["%", "%"],
  count: ["", ""],
  kg: ["千克", "kg"],
  watt: ["瓦", "W"],
  m2: ["平方米", "m²"],
  year: ["年", ""],
  vehicle: ["辆", "vehicles"],
};

function optionLabel(value: string, meta: FieldMeta | undefined, lang: Lang): string {
  const option = meta?.options?.[value];
  if (option) return option[lang === "zh" ? 0 : 1];
  const policy = POLICIES[value as keyof typeof POLICIES];
  return policy ? policy.shortName[lang] : value;
}

/** A profile value in words with its unit: "45,000,000 元", "是", "2 类". */
export function formatFactValue(value: unknown, meta: FieldMeta | undefined, lang: Lang): string {
  const zh = lang === "zh";
  if (typeof value === "boolean") return value ? (zh ? "是" : "Yes") : zh ? "否" : "No";
  if (typeof value === "number") {
    if (meta?.unit === "yuan") return formatYuan(value, lang);
    if (meta?.unit === "year") return zh ? `${value} 年` : String(value);
    if (meta?.unit === "percent") return `${value}%`;
    const unit = meta?.unit ? UNIT_WORDS[meta.unit][zh ? 0 : 1] : "";
    return unit ? `${groupDigits(value)} ${unit}` : groupDigits(value);
  }
  if (typeof value === "string") return optionLabel(value, meta, lang);
  if (Array.isArray(value))
    return value
      .map((v) =>
        typeof v === "object" && v && "name" in v
          ? String((v as { name: unknown }).name)
          : formatFactValue(v, meta, lang),
      )
      .join(zh ? "、" : ", ");
  return "";
}

type Found = { readonly value: unknown; readonly items: readonly string[] };

/** The values at a fact path, one per list item: "biomedicine.drugs[].rdInvestment" → each drug's. */
function valuesAt(node: unknown, parts: readonly string[], items: readonly string[] = []): Found[] {
  if (parts.length === 0)
    return node === undefined || node === null ? [] : [{ value: node, items }];
  if (typeof node !== "object" || node === null) return [];
  const [raw, ...rest] = parts as [string, ...string[]];
  const isList = raw.endsWith("[]");
  const next = (node as Record<string, unknown>)[isList ? raw.slice(0, -2) : raw];
  if (!isList) return valuesAt(next, rest, items);
  if (!Array.isArray(next)) return [];
  return next.flatMap((item: unknown) => {
    const name = typeof item === "object" && item && "name" in item ? String(item.name) : "";
    return valuesAt(item, rest, name ? [...items, name] : items);
  });
}

const titleOf = (path: string, lang: Lang): string => {
  const meta = resolveFact(path)?.meta;
  return meta ? (lang === "zh" ? meta.title : meta.titleEn) : "";
};

const SECTION_ORDER = Object.keys(zodDef(unwrap(profileSchema)).shape ?? {});

/**
 * Every answered fact the evaluated clauses read, grouped by the profile's sections in their
 * order, with labels, units and years (no raw keys).
 */
export function factsUsed(profile: Profile, result: EvaluationResult, lang: Lang): FactGroup[] {
  const paths = new Set<string>();
  for (const c of result.clauses) for (const p of findClause(c.id)?.reads ?? []) paths.add(p);
  const baseYear = baseYearOf(result);
  const view = baseYear === undefined ? profile : eventView(profile, baseYear);
  // Per section, rows grouped by the list item they describe (plain facts first), in first-read order.
  const sections = new Map<string, Map<string, FactRow[]>>();
  for (const path of paths) {
    const info = resolveFact(path);
    if (!info) continue;
    for (const found of valuesAt(view, path.split("."))) {
      const value = formatFactValue(found.value, info.meta, lang);
      if (!value) continue;
      const item = found.items.join(" / ");
      const label =
        info.list && item
          ? lang === "zh"
            ? `${titleOf(info.list, lang)}「${item}」：${withYears(titleOf(path, lang), lang, baseYear)}`
            : `${titleOf(info.list, lang)} “${item}”: ${withYears(titleOf(path, lang), lang, baseYear)}`
          : factLabel(path, lang, baseYear);
      const groups = sections.get(info.section) ?? new Map<string, FactRow[]>([["", []]]);
      const key = info.list && item ? `${info.list}|${item}` : "";
      groups.set(key, [...(groups.get(key) ?? []), { label, value }]);
      sections.set(info.section, groups);
    }
  }
  return SECTION_ORDER.filter((s) => sections.has(s)).map((s) => ({
    section: titleOf(s, lang),
    rows: [...sections.get(s)!.values()].flat(),
  }));
}
