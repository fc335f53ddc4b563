import { t, type Text } from "@/lib/engine/text";

/**
 * Readings (shared/policies/readings.md) several policies cite, worded for each policy by what its
 * text calls its standards and its applicants.
 */

/** Readings rule 2, 均为最高标准: `standards` as the text names them ("本措施所列补助（奖励）"). */
export const maximumStandard = (standards: string): Text =>
  t(
    `${standards}标准均为最高标准：估算为 0 至上限（解读约定第 2 条）`,
    "All standards of this policy are maxima (均为最高标准): the estimate runs from 0 to the ceiling (readings rule 2)",
  );

/**
 * Readings rule 2 for a rate the text fixes ("按…的 10%给予补助，最高补助 1000 万元"): the rate is not
 * a ceiling, only the stated cap is, so the estimate is the rate's amount, held to the cap.
 */
export const fixedRate: Text = t(
  "原文按确定比例给予（未写“不超过”“不高于”），“最高”只限定上限：估算为按该比例计算的金额，以上限为限（解读约定第 2 条）",
  "The text fixes the rate (it does not say “at most”); “最高” bounds only the cap: the estimate is the rate's amount, held to the cap (readings rule 2)",
);

/**
 * Readings rule 8: a cap whose scope the text does not state applies per applicant ("企业") and
 * year. Returns the reading for one cap, explained in `zh` / `en`.
 */
export const capScope =
  (applicant: string, applicantEn: string) =>
  (zh: string, en: string): Text =>
    t(
      `按较保守理解：上限未写明适用范围，按单个${applicant}每年计（${zh}；解读约定第 8 条）`,
      `Conservative reading: the cap's scope is not stated, so it is applied per ${applicantEn} per year (${en}; readings rule 8)`,
    );

/**
 * Readings rule 7, the same in every tiered clause (lib/engine/tiers.ts): the tier reached for the
 * first time less the larger of the lower tier an earlier year reached and the awards received.
 */
export const tierDifference: Text = t(
  "首次达到（进档）的按本年度所达最高档计，扣减以下两者中的较高者：以前年度已达到的较低档奖励（无论是否申领）、本条已获奖励；本档以前年度已达到的不再奖励（解读约定第 7 条）",
  "The tier first reached this year pays its award less the larger of the award of the lower tier an earlier year reached (claimed or not) and what was received under the clause; a tier reached in an earlier year is not paid again (readings rule 7)",
);
