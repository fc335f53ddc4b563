import { groupDigits } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import { resolveFact } from "@/lib/profile/facts";
import { factLabel, factValueText } from "@/lib/profile/labels";
import type { FactChange } from "./profile-diff";

/**
 * A changed fact as a reader sees it: the question's label (with the list item by its name or
 * position), and the value before and after with its unit or its choice's label. Never a key,
 * an internal id or an enum value.
 */
export type FactChangeRow = {
  readonly label: string;
  readonly before: string;
  readonly after: string;
};

const WORDS = {
  empty: { zh: "（未填）", en: "(blank)" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  other: { zh: "其他自测信息", en: "Other self-check information" },
  filled: { zh: "（已填）", en: "(filled in)" },
} as const;

function valueText(path: string, v: unknown, lang: Lang): string {
  if (v === undefined || v === null || v === "") return WORDS.empty[lang];
  if (typeof v === "boolean") return v ? WORDS.yes[lang] : WORDS.no[lang];
  const worded = factValueText(path, v, lang);
  if (worded !== undefined) return worded;
  if (typeof v === "number") return groupDigits(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return WORDS.empty[lang];
    return v.map((x) => valueText(path, x, lang)).join(lang === "zh" ? "、" : ", ");
  }
  if (typeof v === "string") {
    // A choice without a label would show its key: say only that it is filled in.
    const meta = resolveFact(path)?.meta;
    return meta?.options ? WORDS.filled[lang] : v;
  }
  return WORDS.filled[lang];
}

function itemText(change: FactChange, lang: Lang): string {
  if (!change.itemLabel?.length) return "";
  const parts = change.itemLabel.map((r) =>
    r.name ? `“${r.name}”` : lang === "zh" ? `第 ${r.position} 项` : `item ${r.position}`,
  );
  return lang === "zh" ? `（${parts.join(" / ")}）` : ` (${parts.join(" / ")})`;
}

export function factChangeRow(change: FactChange, lang: Lang): FactChangeRow {
  const known = resolveFact(change.path) !== undefined;
  return {
    label: `${known ? factLabel(change.path, lang) : WORDS.other[lang]}${itemText(change, lang)}`,
    before: valueText(change.path, change.before, lang),
    after: valueText(change.path, change.after, lang),
  };
}

export const factChangeRows = (changes: readonly FactChange[], lang: Lang): FactChangeRow[] =>
  changes.map((c) => factChangeRow(c, lang));
