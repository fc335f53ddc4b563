import { t, type Text } from "@/lib/engine/text";

/**
 * Labels that name calendar years. The rules read yearly figures relative to the round's event
 * year (the event year, the year before, the one before that); what a user reads in a trace names
 * the years themselves: "2024 年营业收入", not "上年度营收". Static texts (the legal wording,
 * summaries, readings) keep their relative wording.
 */

/** The calendar year `offset` years from the event year (0: the event year, −1: the year before). */
export const yearOf = (eventYear: number, offset = 0): number => eventYear + offset;

/** "2024 年营业收入" / "revenue 2024": a figure of one calendar year. */
export function yearLabel(eventYear: number, offset: number, zh: string, en: string): Text {
  const y = yearOf(eventYear, offset);
  return t(`${y} 年${zh}`, `${en} ${y}`);
}

const PLACEHOLDER = /\{y(?:-([12]))?\}/g;

/**
 * A text whose `{y}`, `{y-1}` and `{y-2}` stand for the event year, the year before and the one
 * before that: yearText(2025, "{y} 年营业收入较 {y-1} 年增长", "revenue {y-1} → {y}")
 * → "2025 年营业收入较 2024 年增长" / "revenue 2024 → 2025".
 */
export function yearText(eventYear: number, zh: string, en: string): Text {
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (_, back: string | undefined) =>
      String(yearOf(eventYear, back ? -Number(back) : 0)),
    );
  return t(fill(zh), fill(en));
}

/** "2024 年 → 2025 年营业收入增长" / "revenue grew 2024 → 2025": growth from one year to a later one. */
export function growthLabel(
  eventYear: number,
  zh: string,
  en: string,
  fromOffset = -1,
  toOffset = 0,
): Text {
  const from = yearOf(eventYear, fromOffset);
  const to = yearOf(eventYear, toOffset);
  return t(`${from} 年 → ${to} 年${zh}`, `${en} ${from} → ${to}`);
}

/** "2024 年、2023 年" / "2024 or 2023": the `count` years before the event year, latest first. */
export function yearsBefore(eventYear: number, count = 2): Text {
  const years = Array.from({ length: count }, (_, i) => yearOf(eventYear, -1 - i));
  return t(years.map((y) => `${y} 年`).join("、"), years.join(" or "));
}

/** "采购额新增部分（2025 年 − 2024 年）" / "increase in purchases (2025 − 2024)". */
export function increaseLabel(eventYear: number, zh: string, en: string): Text {
  return yearText(eventYear, `${zh}（{y} 年 − {y-1} 年）`, `${en} ({y} − {y-1})`);
}

/** "2025 年以前" / "a year before 2025": any earlier year. */
export const earlierThan = (eventYear: number): Text =>
  t(`${eventYear} 年以前`, `a year before ${eventYear}`);
