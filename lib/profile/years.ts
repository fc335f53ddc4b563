import type { Text } from "@/lib/engine/text";
import type { Profile } from "./schema";
import type { YearFigures } from "./sections/common";

/**
 * The rules read yearly figures relative to the round's event year (事项年度): the event year
 * itself, the year before and the one before that — "上年同比", growth over two years. The
 * profile keys them by calendar year; this module maps one to the other.
 */
export const YEAR_SLOTS = { current: 0, previous: -1, twoYearsAgo: -2 } as const;
export type YearSlot = keyof typeof YEAR_SLOTS;
export const SLOT_NAMES = Object.keys(YEAR_SLOTS) as YearSlot[];

/** What the rules see: the profile with its yearly figures placed relative to the event year. */
export type EventProfile = Omit<Profile, "finance" | "version"> & {
  readonly finance?: { [S in YearSlot]?: YearFigures };
};

export const isYearSlot = (key: string): key is YearSlot => key in YEAR_SLOTS;

/** The calendar year a slot stands for in a round whose events are of `eventYear`. */
export const yearOfSlot = (slot: YearSlot, eventYear: number) => eventYear + YEAR_SLOTS[slot];

/** The profile as the rules read it for events of `eventYear`. Cheap: no copying of sections. */
export function eventView(profile: Profile, eventYear: number): EventProfile {
  const f = profile.finance;
  if (!f) return profile as EventProfile;
  const finance: { [S in YearSlot]?: YearFigures } = {};
  for (const slot of SLOT_NAMES) {
    const figures = f[String(yearOfSlot(slot, eventYear))];
    if (figures) finance[slot] = figures;
  }
  return { ...profile, finance } as EventProfile;
}

const SLOT_PATH = /^finance\.(current|previous|twoYearsAgo)(\.|$)/;

/**
 * A fact path as the rules write it ("finance.previous.revenue") as the profile stores it in a
 * round with events of `eventYear` ("finance.2024.revenue"); other paths are returned as they are.
 */
export function storedFactPath(path: string, eventYear: number | undefined): string {
  if (eventYear === undefined) return path;
  const m = SLOT_PATH.exec(path);
  if (!m) return path;
  return `finance.${yearOfSlot(m[1] as YearSlot, eventYear)}${path.slice(m[0].length - m[2]!.length)}`;
}

/** "2025 年" / "2025"; a slot without a year is named relative to the event year. */
export function yearKeyLabel(key: string, eventYear?: number): Text | undefined {
  if (/^\d{4}$/.test(key)) return { zh: `${key} 年`, en: key };
  if (!isYearSlot(key)) return undefined;
  if (eventYear !== undefined) {
    const y = String(yearOfSlot(key, eventYear));
    return { zh: `${y} 年`, en: y };
  }
  const relative: Record<YearSlot, Text> = {
    current: { zh: "事项年度", en: "the event year" },
    previous: { zh: "事项年度上一年", en: "the year before the event year" },
    twoYearsAgo: { zh: "事项年度前两年", en: "two years before the event year" },
  };
  return relative[key];
}

/** Relative year words in the profile's labels, most specific first, with the years they mean. */
const YEAR_WORDS: readonly (readonly [RegExp, (y: number) => string])[] = [
  [/本年度/g, (y) => `${y} 年`],
  [/上年度/g, (y) => `${y - 1} 年`],
  [/前年度/g, (y) => `${y - 2} 年`],
];
const YEAR_WORDS_EN: readonly (readonly [RegExp, (y: number) => string])[] = [
  [/the year before last/g, (y) => `in ${y - 2}`],
  [/of the previous year/g, (y) => `of ${y - 1}`],
  [/this year/g, (y) => `in ${y}`],
  [/last year/g, (y) => `in ${y - 1}`],
];

/**
 * A label with its relative years named ("该产品本年度销售额" → "该产品 2025 年销售额" for events of
 * 2025): the profile's labels say 本年度 / 上年度 / 前年度 for the event year and the two before.
 */
export function withYears(text: string, lang: "zh" | "en", eventYear: number | undefined): string {
  if (eventYear === undefined) return text;
  let out = text;
  for (const [pattern, year] of lang === "zh" ? YEAR_WORDS : YEAR_WORDS_EN)
    out = out.replace(pattern, year(eventYear));
  return lang === "zh" ? out.replace(/([^\s\d“（])(\d{4} 年)/g, "$1 $2") : out;
}
