import { t, type Text } from "./text";
import type { IsoDate, PolicyStatus, Validity } from "./types";

/**
 * An application round (申报年度) and the calendar year whose events it covers (事项年度): the city
 * claims the events of year N in the round of year N + 1 (readings rule 12).
 */
export type Round = { readonly year: number; readonly eventYear: number };

/** open: claimable now · last-round: this is the last round · ended · not-yet-effective. */
export const ROUND_STATUSES = ["open", "last-round", "ended", "not-yet-effective"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS: Record<RoundStatus, Text> = {
  open: { zh: "可申报", en: "Open" },
  "last-round": { zh: "最后一轮", en: "Last round" },
  ended: { zh: "已结束", en: "Ended" },
  "not-yet-effective": { zh: "尚未施行", en: "Not yet in force" },
};

/** "已结束，最后一轮 2027 年申报" / "Ended, last round 2027". */
export function endedLabel(lastRound: number): Text {
  return t(`已结束，最后一轮 ${lastRound} 年申报`, `Ended, last round ${lastRound}`);
}

export const MIN_ROUND = 2000;
export const MAX_ROUND = 2100;

/** The round of `year`: its events are those of the year before. */
export function roundOf(year: number): Round {
  return { year, eventYear: year - 1 };
}

export function isRoundYear(year: unknown): year is number {
  return (
    typeof year === "number" && Number.isInteger(year) && year >= MIN_ROUND && year <= MAX_ROUND
  );
}

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** The first and last day of the round's event year. */
export function eventPeriod(round: Round): Validity {
  return { from: `${round.eventYear}-01-01`, to: `${round.eventYear}-12-31` };
}

/** The last round in which a validity's events can be claimed: the year after it ends. */
export function lastRoundOf(validity: Validity): number {
  return yearOf(validity.to) + 1;
}

/** The first round with events inside a validity: the year after it begins. */
export function firstRoundOf(validity: Validity): number {
  return yearOf(validity.from) + 1;
}

/** Whether the round's event year overlaps a validity (both ends inclusive). */
export function statusForRound(validity: Validity, round: Round): PolicyStatus {
  const events = eventPeriod(round);
  if (events.to < validity.from) return "not-yet-effective";
  if (events.from > validity.to) return "expired";
  return "in-force";
}

/** A policy's standing in a round: open, its last round, ended (after its last round) or not yet. */
export function roundStatusOf(validity: Validity, round: Round): RoundStatus {
  const status = statusForRound(validity, round);
  if (status === "expired") return "ended";
  if (status === "not-yet-effective") return "not-yet-effective";
  return round.year === lastRoundOf(validity) ? "last-round" : "open";
}

/**
 * Trace notes for an event year only partly inside a validity: events before its first day or
 * after its last are excluded. Empty when the whole year is inside.
 */
export function partialYearNotes(validity: Validity, round: Round): Text[] {
  const events = eventPeriod(round);
  const notes: Text[] = [];
  if (events.from < validity.from && events.to >= validity.from)
    notes.push(
      t(
        `${round.eventYear} 年度事项自 ${validity.from} 起计算：此前发生的事项不予支持`,
        `Events of ${round.eventYear} count from ${validity.from}: earlier events are excluded`,
      ),
    );
  if (events.to > validity.to && events.from <= validity.to)
    notes.push(
      t(
        `${round.eventYear} 年度事项计算至 ${validity.to}：此后发生的事项不予支持`,
        `Events of ${round.eventYear} count until ${validity.to}: later events are excluded`,
      ),
    );
  return notes;
}

/** "2027 年申报（2026 年度事项）" / "2027 round (events of 2026)". */
export function roundLabel(round: Round): Text {
  return t(
    `${round.year} 年申报（${round.eventYear} 年度事项）`,
    `${round.year} round (events of ${round.eventYear})`,
  );
}

/** "最后一轮：2027 年申报 2026 年度事项" / "Last round: 2027, for events of 2026". */
export function lastRoundLabel(lastRound: number): Text {
  return t(
    `最后一轮：${lastRound} 年申报 ${lastRound - 1} 年度事项`,
    `Last round: ${lastRound}, for events of ${lastRound - 1}`,
  );
}

/**
 * While a policy is ending (it ends before or during the round's year and its last round has not
 * passed): "集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报".
 */
export function endingWarning(validity: Validity, round: Round, name: Text): Text | undefined {
  const last = lastRoundOf(validity);
  if (round.year > last || yearOf(validity.to) > round.year) return undefined;
  if (statusForRound(validity, round) !== "in-force") return undefined;
  const eventYear = last - 1;
  return t(
    `${name.zh}政策 ${validity.to} 到期：${eventYear} 年度事项仍可在 ${last} 年申报`,
    `The ${name.en} policy ends on ${validity.to}: events of ${eventYear} can still be claimed in the ${last} round`,
  );
}
