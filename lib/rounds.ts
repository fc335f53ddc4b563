import { isIsoDate } from "@/lib/engine/validity";
import { isRoundYear, roundOf, type Round } from "@/lib/engine/round";
import type { IsoDate } from "@/lib/engine/types";
import { todayInHangzhou } from "@/lib/today";
import { ROUND_CALENDAR } from "@/rules/rounds";

const pad = (n: number) => String(n).padStart(2, "0");
const SWITCH = `${pad(ROUND_CALENDAR.nextRoundFrom.month)}-${pad(ROUND_CALENDAR.nextRoundFrom.day)}`;

/**
 * The round open or next to open on a day: until 30 June the current year's round (last year's
 * events), from 1 July next year's round (this year's events).
 */
export function roundOn(date: IsoDate): Round {
  const year = Number(date.slice(0, 4));
  return roundOf(date.slice(5) >= SWITCH ? year + 1 : year);
}

/** The default round today in Hangzhou (Asia/Shanghai). */
export function currentRound(now: Date = new Date()): Round {
  return roundOn(todayInHangzhou(now));
}

/** The first round with events under any of the nine policies (integrated circuits, from 2022-08-08). */
export const FIRST_ROUND = 2023;

/** Rounds offered in selectors, newest first: two after the current one down to the first. */
export function roundChoices(current: Round): number[] {
  const years: number[] = [];
  for (let y = Math.max(FIRST_ROUND, current.year + 2); y >= FIRST_ROUND; y--) years.push(y);
  return years;
}

/**
 * A round given as a year ("2027") or picked from a date (an asOf "2027-02-01"); undefined when
 * the value is neither.
 */
export function parseRound(value: unknown): Round | undefined {
  if (typeof value === "number") return isRoundYear(value) ? roundOf(value) : undefined;
  if (typeof value !== "string") return undefined;
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    return isRoundYear(year) ? roundOf(year) : undefined;
  }
  return isIsoDate(value) ? roundOn(value) : undefined;
}
