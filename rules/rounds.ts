/**
 * When application rounds open (notices.md): one notice a year per policy, in spring, for the
 * events of the previous calendar year. Until the day before `nextRoundFrom` the calculator
 * defaults to the current year's round (last year's events); from that day on, to next year's
 * round (this year's events), which is the next to open.
 */
export const ROUND_CALENDAR = {
  /** Month and day (Hangzhou time) from which the default moves to next year's round: 1 July. */
  nextRoundFrom: { month: 7, day: 1 },
} as const;
