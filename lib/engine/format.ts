import type { Lang } from "./text";
import type { Rate, Yuan } from "./money";
import type { Amount, ClauseResult } from "./types";

/** 12000000 → "12,000,000" (fast, locale-independent). */
export function groupDigits(n: number): string {
  const neg = n < 0;
  const [int = "", frac] = String(Math.abs(n)).split(".");
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return (neg ? "-" : "") + out + (frac ? "." + frac : "");
}

function trimDecimals(n: number, digits: number): string {
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

/** "12,000,000 元" / "CNY 12,000,000". */
export function formatYuan(amount: Yuan, lang: Lang = "zh"): string {
  return lang === "zh" ? `${groupDigits(amount)} 元` : `CNY ${groupDigits(amount)}`;
}

/** "1,200 万元" / "CNY 12M" — for headlines; exact figures use formatYuan. */
export function formatWan(amount: Yuan, lang: Lang = "zh"): string {
  if (lang === "zh") return `${groupDigits(Number(trimDecimals(amount / 10_000, 2)))} 万元`;
  if (amount >= 1_000_000) return `CNY ${trimDecimals(amount / 1_000_000, 2)}M`;
  if (amount >= 1_000) return `CNY ${trimDecimals(amount / 1_000, 2)}k`;
  return `CNY ${amount}`;
}

/** "4.8 亿元" / "CNY 480M" — for gaps against thresholds stated in 亿元. */
export function formatYi(amount: Yuan, lang: Lang = "zh"): string {
  if (lang === "zh") return `${trimDecimals(amount / 100_000_000, 4)} 亿元`;
  return formatWan(amount, "en");
}

/** Picks 亿元 for amounts of at least 1 亿, 万元 for at least 1 万, else 元. */
export function formatMoneyShort(amount: Yuan, lang: Lang = "zh"): string {
  if (lang === "zh") {
    if (amount >= 100_000_000) return formatYi(amount, lang);
    if (amount >= 10_000) return formatWan(amount, lang);
    return formatYuan(amount, lang);
  }
  return formatWan(amount, lang);
}

export function formatRate(rate: Rate, lang: Lang = "zh"): string {
  if (!rate.perUnit) return rate.text;
  return lang === "zh"
    ? `${rate.text} 元/${rate.perUnit.zh}`
    : `CNY ${rate.text}/${rate.perUnit.en}`;
}

/** "12,000,000 元", "最高 12,000,000 元" (the text gives no minimum) or "3,000,000 – 6,000,000 元". */
export function amountText(a: Amount, lang: Lang): string {
  if (a.min === a.max) return formatYuan(a.max, lang);
  if (a.min === 0)
    return lang === "zh" ? `最高 ${formatYuan(a.max, lang)}` : `up to ${formatYuan(a.max, lang)}`;
  return `${formatYuan(a.min, lang)} – ${formatYuan(a.max, lang)}`;
}

/** A clause's amount, else the note that says why it has none, else "—". */
export function clauseAmountText(c: ClauseResult, lang: Lang): string {
  return c.amount ? amountText(c.amount, lang) : (c.amountNote?.[lang] ?? "—");
}
