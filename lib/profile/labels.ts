import type { Lang } from "@/lib/engine/text";
import { resolveFact, unwrap } from "./facts";
import { zodDef } from "./zod-def";
import { formatWan, formatYuan, groupDigits } from "@/lib/engine/format";
import type { PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import type { FieldMeta } from "./fields";
import { withYears, yearKeyLabel } from "./years";

const titleOf = (path: string, lang: Lang): string | undefined => {
  const meta = resolveFact(path)?.meta;
  return meta ? (lang === "zh" ? meta.title : meta.titleEn) : undefined;
};

/**
 * A question's label: "药品：该品种研发投入（累计）", "药品（清单）", "2025 年营业收入". Yearly
 * figures the rules name relative to the event year ("finance.previous.revenue") are named by
 * their calendar year when `eventYear` is given.
 */
export function factLabel(path: string, lang: Lang, eventYear?: number): string {
  const info = resolveFact(path);
  if (!info) return path;
  const title = withYears(titleOf(path, lang) ?? path, lang, eventYear);
  const parts = path.split(".");
  if (parts[0] === "finance" && parts.length === 3) {
    const year = yearKeyLabel(parts[1]!, eventYear);
    if (year) return lang === "zh" ? `${year.zh}${title}` : `${title}, ${year.en}`;
  }
  if (info.list)
    return `${withYears(titleOf(info.list, lang) ?? info.list, lang, eventYear)}${lang === "zh" ? "：" : ": "}${title}`;
  const def = zodDef(unwrap(info.schema));
  const element = def.element ? zodDef(unwrap(def.element)) : undefined;
  if (def.type === "array" && element?.type === "object")
    return lang === "zh" ? `${title}（清单）` : `${title} (list)`;
  return title;
}

const UNIT_TEXT: Partial<Record<NonNullable<FieldMeta["unit"]>, { zh: string; en: string }>> = {
  percent: { zh: "%", en: "%" },
  kg: { zh: " 千克", en: " kg" },
  watt: { zh: " 瓦", en: " W" },
  m2: { zh: " 平方米", en: " m²" },
  vehicle: { zh: " 辆", en: " vehicles" },
};

/** Money as a reader says it: whole 万元 in 万元, anything finer in exact 元. */
function moneyText(yuan: number, lang: Lang): string {
  return yuan >= 10_000 && yuan % 10_000 === 0 ? formatWan(yuan, lang) : formatYuan(yuan, lang);
}

/**
 * A fact's value with its unit or its choice's label ("2,000 万元", "35%", "2024 年", "二类"), for
 * numbers, choices and lists of choices; undefined for what the caller words itself (yes/no, empty)
 * or does not know.
 */
export function factValueText(path: string, value: unknown, lang: Lang): string | undefined {
  const meta = resolveFact(path)?.meta;
  const optionText = (v: unknown) => {
    const label = typeof v === "string" ? meta?.options?.[v] : undefined;
    if (label) return lang === "zh" ? label[0] : label[1];
    const policy = typeof v === "string" ? POLICIES[v as PolicyKey] : undefined;
    return policy ? policy.shortName[lang] : undefined;
  };
  if (typeof value === "number") {
    if (meta?.unit === "yuan") return moneyText(value, lang);
    if (meta?.unit === "year") return lang === "zh" ? `${value} 年` : String(value);
    const unit = meta?.unit ? UNIT_TEXT[meta.unit] : undefined;
    return `${groupDigits(value)}${unit ? unit[lang] : ""}`;
  }
  if (typeof value === "string") return optionText(value);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")) {
    const labels = value.map(optionText);
    return labels.every((l) => l !== undefined)
      ? labels.join(lang === "zh" ? "、" : ", ")
      : undefined;
  }
  return undefined;
}
