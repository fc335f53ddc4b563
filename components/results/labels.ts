import { clauseCitation } from "@/lib/citation";
import { formatYuan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Amount } from "@/lib/engine/types";
import { findClause } from "@/rules";

export { amountText, clauseAmountText } from "@/lib/engine/format";
export { clauseTitle } from "@/lib/library";
export { factLabel } from "@/lib/profile/labels";

/**
 * A total: "12,000,000 元", "最高 12,000,000 元" (the text gives no minimum) or
 * "3,000,000 – 6,000,000 元"; headlines pass `formatWan` ("最高 1,200 万元").
 */
export function totalText(
  a: Amount,
  lang: Lang,
  format: (yuan: number, lang: Lang) => string = formatYuan,
): string {
  if (a.min === a.max) return format(a.max, lang);
  if (a.min === 0)
    return lang === "zh" ? `最高 ${format(a.max, lang)}` : `up to ${format(a.max, lang)}`;
  return `${format(a.min, lang)} – ${format(a.max, lang)}`;
}

/** "生物医药 · 第（三）条 · 第 3 页" for a clause id. */
export function clauseSourceText(id: string, lang: Lang): string {
  const c = findClause(id);
  return c ? clauseCitation(c, lang) : id;
}
