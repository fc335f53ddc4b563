import { t } from "@/lib/engine/text";
import type { Condition, ProfilePath, Validity } from "@/lib/engine/types";
import type { Loan } from "./items";

/**
 * When a loan counts for a round's interest subsidy (readings rules 11 and 12): it was drawn on or
 * after the policy took effect, and it bears interest in the event year of the round — drawn in
 * or before that year and not matured before it. A loan outside is excluded with the reason; a
 * loan drawn before the event year whose maturity is not given needs that fact.
 */

const DRAWN_FACTS: readonly ProfilePath[] = ["loans[].year", "loans[].drawnOn"];
const MATURITY_FACTS: readonly ProfilePath[] = ["loans[].maturityYear"];

/** The year the loan was drawn: from its date when given, otherwise its year. */
export function drawnYear(loan: Loan): number | undefined {
  return loan.drawnOn ? Number(loan.drawnOn.slice(0, 4)) : loan.year;
}

/** Drawn on or after the day the policy (or clause) took effect. */
export function drawnAfterEffect(loan: Loan, validity: Validity): Condition {
  const from = validity.from;
  const fromYear = Number(from.slice(0, 4));
  const label = t(
    `贷款于政策施行（${from}）之后发放`,
    `the loan was drawn after the policy took effect (${from})`,
  );
  if (loan.drawnOn)
    return loan.drawnOn >= from
      ? { label, status: "met", facts: DRAWN_FACTS }
      : {
          label: t(
            `贷款于 ${loan.drawnOn} 发放，早于政策施行（${from}），不予贴息`,
            `the loan was drawn on ${loan.drawnOn}, before the policy took effect (${from}): not subsidised`,
          ),
          status: "unmet",
          facts: DRAWN_FACTS,
        };
  const year = loan.year;
  if (year === undefined) return { label, status: "unknown", facts: DRAWN_FACTS };
  if (year < fromYear)
    return {
      label: t(
        `贷款于 ${year} 年发放，早于政策施行（${from}），不予贴息`,
        `the loan was drawn in ${year}, before the policy took effect (${from}): not subsidised`,
      ),
      status: "unmet",
      facts: DRAWN_FACTS,
    };
  if (year > fromYear || from.endsWith("-01-01"))
    return { label, status: "met", facts: DRAWN_FACTS };
  return {
    label: t(
      `贷款于 ${year} 年发放，与政策施行（${from}）同年，按年度计入；${from} 之前发放的贷款不予贴息，可填写放款日期核对`,
      `the loan was drawn in ${year}, the year the policy took effect (${from}): counted by year; loans drawn before ${from} are not subsidised (give the date drawn to check)`,
    ),
    status: "met",
    facts: DRAWN_FACTS,
  };
}

/** Bears interest in the event year: drawn in or before it and not matured before it. */
export function bearsInterestIn(loan: Loan, eventYear: number): Condition {
  const label = t(
    `贷款在 ${eventYear} 年度计息（${eventYear} 年或以前发放、${eventYear} 年或以后到期）`,
    `the loan bears interest in ${eventYear} (drawn in ${eventYear} or before, maturing in ${eventYear} or later)`,
  );
  const drawn = drawnYear(loan);
  if (drawn === undefined) return { label, status: "unknown", facts: DRAWN_FACTS };
  if (drawn > eventYear)
    return {
      label: t(
        `贷款于 ${drawn} 年发放，${eventYear} 年度尚无贷款利息，应在以后年度申报`,
        `the loan was drawn in ${drawn}: it bore no interest in ${eventYear}; claim it in a later round`,
      ),
      status: "unmet",
      facts: DRAWN_FACTS,
    };
  if (drawn === eventYear) return { label, status: "met", facts: DRAWN_FACTS };
  const maturity = loan.maturityYear;
  if (maturity === undefined)
    return {
      label: t(
        `贷款于 ${drawn} 年发放，须在 ${eventYear} 年度仍未到期：请填写到期年份`,
        `the loan was drawn in ${drawn} and must still run in ${eventYear}: give the year it matures`,
      ),
      status: "unknown",
      facts: MATURITY_FACTS,
    };
  if (maturity < eventYear)
    return {
      label: t(
        `贷款已于 ${maturity} 年到期，${eventYear} 年度无贷款利息，不予贴息`,
        `the loan matured in ${maturity}: it bore no interest in ${eventYear}, so it is not subsidised`,
      ),
      status: "unmet",
      facts: MATURITY_FACTS,
    };
  return { label, status: "met", facts: MATURITY_FACTS };
}
