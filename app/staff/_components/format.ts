import { groupDigits } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Amount } from "@/lib/engine/types";

const tag = (locale: string) => (locale === "en" ? "en-GB" : "zh-CN");

/** A date in Hangzhou time: "2026年3月2日" / "2 Mar 2026". */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
  }).format(date);
}

/** Date and time in Hangzhou time. */
export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: "Asia/Shanghai",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}

/** A total, as the results write it. */
export { totalText } from "@/components/results/labels";

/** A signed change of an amount: "+500,000 元", "最高 +500,000 元" (up-to amounts), "±0 元". */
export function deltaText(a: Amount, lang: Lang): string {
  const one = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${groupDigits(Math.abs(n))}`;
  const unit = (text: string) => (lang === "zh" ? `${text} 元` : `CNY ${text}`);
  if (a.min === a.max) return unit(one(a.max));
  if (a.min === 0) return lang === "zh" ? `最高 ${unit(one(a.max))}` : `up to ${unit(one(a.max))}`;
  return unit(`${one(a.min)} … ${one(a.max)}`);
}
