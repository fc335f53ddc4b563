import { Calc } from "./calc";
import { applyRate, minusPoints, type Rate, type Yuan } from "./money";
import { groupDigits } from "./format";
import { t } from "./text";

export type DecreasingSchedule = {
  /** Share of the premium paid in year 1 (90 %). */
  readonly firstYearRate: Rate;
  /** Points less each following year (10). */
  readonly yearlyDecreasePoints: number;
  /** The premium is counted at most at this rate of the insured amount (2 %). */
  readonly maxPremiumRate: Rate;
  readonly maxYears: number;
  readonly yearlyCap: Yuan;
};

/**
 * Insurance compensation (首台套 / 首批次): r × min(premium, maxPremiumRate × insured), with
 * r falling by the stated points each year after the first; nothing after maxYears.
 */
export function insuranceCompensation(
  s: DecreasingSchedule,
  year: number,
  premium: Yuan,
  insuredAmount: Yuan,
): Calc {
  let c = Calc.base(t("实际保费", "actual premium"), premium);
  const ceiling = applyRate(insuredAmount, s.maxPremiumRate);
  c = c.cap(
    ceiling,
    t(
      `保费计算上限（保额 ${groupDigits(insuredAmount)} × ${s.maxPremiumRate.text}）`,
      `premium ceiling (${s.maxPremiumRate.text} of the insured amount ${groupDigits(insuredAmount)})`,
    ),
  );
  if (year < 1 || year > s.maxYears) {
    return c.rate(
      { num: 0, den: 1, text: "0%" },
      t(
        `第 ${year} 年：超出最多 ${s.maxYears} 年`,
        `year ${year}: beyond the ${s.maxYears}-year limit`,
      ),
    );
  }
  const r = minusPoints(s.firstYearRate, s.yearlyDecreasePoints * (year - 1));
  return c
    .rate(r, t(`第 ${year} 年补偿比例`, `year ${year} compensation rate`))
    .cap(s.yearlyCap, t("年度补偿金额上限", "yearly compensation cap"));
}
