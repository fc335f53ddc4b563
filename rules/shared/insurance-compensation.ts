import type { ProfilePath } from "@/lib/profile/paths";
import { known, withinYears } from "@/lib/engine/conditions";
import type { Rate, Yuan } from "@/lib/engine/money";
import { insuranceCompensation } from "@/lib/engine/schedule";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, ClauseContext, Condition, Params } from "@/lib/engine/types";

/**
 * Insurance compensation for first-of-a-kind equipment (首台套, high-end-equipment/5-a) and
 * first-batch materials (首批次, new-materials/3-a): the same decreasing schedule on the same
 * terms. Each clause keeps its text, parameters and its own conditions on the product; this is
 * the logic they share: an insured year within the years supported, and the compensation
 * computed from the premium and the insured amount.
 */

/** The parameters every insurance-compensation clause states. */
export type InsuranceCompensationParams = Params & {
  readonly firstYearRate: { readonly unit: "rate"; readonly value: Rate; readonly label: Text };
  readonly yearlyDecreasePoints: {
    readonly unit: "count";
    readonly value: number;
    readonly label: Text;
  };
  readonly maxPremiumRate: { readonly unit: "rate"; readonly value: Rate; readonly label: Text };
  readonly maxYears: { readonly unit: "years"; readonly value: number; readonly label: Text };
  readonly yearlyCap: { readonly unit: "yuan"; readonly value: Yuan; readonly label: Text };
};

/** An insured product: the year of insurance counted from 1, the premium and the insured amount. */
type Insured = {
  readonly insuranceYear?: number;
  readonly premium?: Yuan;
  readonly insuredAmount?: Yuan;
};

/** Labels of the parameters, worded alike in both texts. */
export const INSURANCE_COMPENSATION_LABELS = {
  firstYearRate: t("首年度补偿比例（实际保费的）", "year-1 share of the actual premium"),
  yearlyDecreasePoints: t("从次年度开始逐年递减（百分点）", "points less each following year"),
  maxPremiumRate: t(
    "实际投保费率最高按",
    "premium counted at most at this rate of the insured amount",
  ),
  maxYears: t("最多可连续支持年数", "consecutive years supported, at most"),
  yearlyCap: t("年度补偿金额上限", "yearly compensation cap"),
};

export const INSURANCE_COMPENSATION_READING = t(
  "补偿 = 当年补偿比例 ×（实际保费与保额 × 2% 取低），补偿比例第 1、2、3 年依次为 90%、80%、70%，第 4 年起不再支持",
  "Compensation = the year's rate × min(actual premium, 2% × insured amount); the rate is 90%, 80%, 70% in years 1, 2, 3 and nothing from year 4",
);

/** The label of the yearly cap as a cap on the enterprise's total (clauseCap). */
export const INSURANCE_YEARLY_CAP = t(
  "单个企业年度补偿金额上限",
  "yearly compensation cap per enterprise",
);

const yearsLabels = new Map<number, Text>();
/** "最多可连续支持 3 年（第 1—3 个投保年度）", made once per number of years. */
function yearsLabel(maxYears: number): Text {
  let label = yearsLabels.get(maxYears);
  if (!label) {
    label = t(
      `最多可连续支持 ${maxYears} 年（第 1—${maxYears} 个投保年度）`,
      `within the ${maxYears} consecutive years supported`,
    );
    yearsLabels.set(maxYears, label);
  }
  return label;
}
const PREMIUM = t("实际保费", "actual premium");
const INSURED_AMOUNT = t("保险金额（保额）", "insured amount");

/**
 * The reads, conditions and amount of an insurance-compensation clause on the items at `path`
 * ("highEndEquipment.firstSetProducts[]"): the clause's own conditions on the product first.
 */
/** The lists whose items carry an insurance year, premium and insured amount. */
type InsuredList = "highEndEquipment.firstSetProducts[]" | "newMaterials.firstBatchMaterials[]";

export function insuranceCompensationRules<
  I extends Insured,
  P extends InsuranceCompensationParams = InsuranceCompensationParams,
>(o: {
  readonly path: InsuredList;
  readonly ownReads: readonly ProfilePath[];
  readonly own: (ctx: ClauseContext<I, P>) => readonly Condition[];
}): {
  readonly reads: readonly ProfilePath[];
  readonly conditions: (ctx: ClauseContext<I, P>) => readonly Condition[];
  readonly amount: (ctx: ClauseContext<I, P>) => AmountOutcome;
} {
  const yearFacts = [`${o.path}.insuranceYear`] as const;
  const premiumFacts = [`${o.path}.premium`] as const;
  const insuredFacts = [`${o.path}.insuredAmount`] as const;
  return {
    reads: [...o.ownReads, ...yearFacts, ...premiumFacts, ...insuredFacts],
    conditions: (ctx) => {
      const { item, params } = ctx;
      const out: Condition[] = [];
      for (const c of o.own(ctx)) out.push(c);
      out.push(
        withinYears(
          yearsLabel(params.maxYears.value),
          item.insuranceYear,
          params.maxYears.value,
          yearFacts,
        ),
        known(PREMIUM, item.premium, premiumFacts),
        known(INSURED_AMOUNT, item.insuredAmount, insuredFacts),
      );
      return out;
    },
    amount: ({ item, params }) =>
      insuranceCompensation(
        {
          firstYearRate: params.firstYearRate.value,
          yearlyDecreasePoints: params.yearlyDecreasePoints.value,
          maxPremiumRate: params.maxPremiumRate.value,
          maxYears: params.maxYears.value,
          yearlyCap: params.yearlyCap.value,
        },
        item.insuranceYear!,
        item.premium!,
        item.insuredAmount!,
      ).upTo(),
  };
}
