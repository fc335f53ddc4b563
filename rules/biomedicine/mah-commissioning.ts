import { Calc } from "@/lib/engine/calc";
import { above, fact, increase } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, ClauseContext, Condition } from "@/lib/engine/types";
import type { ProfilePath } from "@/lib/profile/paths";
import type { EventProfile } from "@/lib/profile/years";
import { L } from "../shared/labels";
import { yearLabel, yearText } from "../shared/years";
import type { FlagOf } from "../shared/answers";
import { READ } from "./shared";

const contractParams = {
  rate: param.rate(
    percent(5),
    t("按年度新增实际交易合同金额的比例", "share of the new contract value"),
  ),
  cap: param.yuan(wan(1500), L.perEnterpriseYearCap),
};

type Commission = "mahCommissioning" | "contractManufacturing";
type Contracts<S extends Commission> = NonNullable<NonNullable<EventProfile["biomedicine"]>[S]>;

const NO_RELATION = t("委托双方无投资关联", "no investment relationship between the two parties");
const CONTRACT_VALUE = ["实际交易合同金额", "contract value"] as const;

/**
 * Both clauses of (十六): the section's own answers that place the work in Hangzhou, then
 * 委托双方须无投资关联 and a new contract value (新增 = this year − last year); the award is the
 * rate of the increase, capped per enterprise and year.
 */
function commissionRules<S extends Commission>(
  section: S,
  own: readonly (readonly [FlagOf<Contracts<S>>, Text])[],
) {
  const path = `biomedicine.${section}` as const;
  // A yes/no field of the section (FlagOf) under its path; TypeScript cannot resolve it for a generic S.
  const ownFacts = own.map(([field]) => [`${path}.${field}` as ProfilePath] as const);
  const relationFacts = [`${path}.noInvestmentRelation`] as const;
  const growthFacts = {
    facts: [`${path}.contractValueCurrent`, `${path}.contractValuePrevious`] as const,
  };
  return {
    reads: [...ownFacts.flat(), ...relationFacts, ...growthFacts.facts],
    conditions: ({
      profile,
      round,
    }: ClauseContext<EventProfile, typeof contractParams>): Condition[] => {
      const grew = yearText(
        round.eventYear,
        "{y} 年实际交易合同金额较 {y-1} 年有新增",
        "actual contract value grew {y-1} → {y}",
      );
      const c = profile.biomedicine?.[section];
      // `own` names only yes/no answers of the section (FlagOf), read by name.
      const flags = c as Readonly<Record<string, boolean | undefined>> | undefined;
      const out = own.map(([field, label], i) => fact(label, flags?.[field], ownFacts[i]!));
      out.push(
        fact(NO_RELATION, c?.noInvestmentRelation, relationFacts),
        above(grew, increase(c?.contractValueCurrent, c?.contractValuePrevious), 0, growthFacts),
      );
      return out;
    },
    amount: ({
      profile,
      params,
      round,
    }: ClauseContext<EventProfile, typeof contractParams>): AmountOutcome => {
      const c = profile.biomedicine![section]!;
      const y = round.eventYear;
      return Calc.base(yearLabel(y, 0, ...CONTRACT_VALUE), c.contractValueCurrent!)
        .minus(c.contractValuePrevious!, yearLabel(y, -1, ...CONTRACT_VALUE))
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label)
        .exactly();
    },
  };
}

export const mahCommissioningAward = defineClause({
  id: "biomedicine/16-a",
  policy: "biomedicine",
  article: "（十六）",
  page: 5,
  heading: "支持MAH产业化落地",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "(十六)支持MAH产业化落地。对药械上市许可持有人委托本市企业(委托双方须无投资关联情况)生产其所持有药械产品,且销售税收结算在我市的,按其年度新增实际交易合同金额的 5%给予奖励,单个企业每年最高不超过 1500 万元。",
  summary: t(
    "药械上市许可持有人委托本市企业（双方无投资关联）生产其药械产品且销售税收结算在本市的，按年度新增实际交易合同金额的 5% 给予奖励，单个企业每年最高 1500 万元。",
    "Marketing-authorisation holders commissioning an unrelated Hangzhou manufacturer, with sales taxes settled in Hangzhou: 5% of the year's new contract value, capped at CNY 15M per enterprise per year.",
  ),
  needs: t(
    "上市许可证明、委托生产合同与结算凭证、无投资关联说明、纳税证明",
    "Marketing authorisation, commissioning contracts and settlements, a no-relationship statement, tax records",
  ),
  readings: [READ.newIsGrowth("实际交易合同金额", "actual contract value")],
  params: contractParams,
  ...commissionRules("mahCommissioning", [
    [
      "commissionsHangzhouManufacturer",
      t(
        "药械上市许可持有人委托本市企业生产其药械产品",
        "a marketing-authorisation holder commissioning a Hangzhou manufacturer",
      ),
    ],
    ["salesTaxSettledInHangzhou", t("销售税收结算在本市", "sales taxes settled in Hangzhou")],
  ]),
});

export const contractManufacturingAward = defineClause({
  id: "biomedicine/16-b",
  policy: "biomedicine",
  article: "（十六）",
  page: 5,
  heading: "支持MAH产业化落地",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对承担本市以外委托生产任务且产值结算在我市的企业(委托双方须无投资关联情况),按其年度新增实际交易合同金额的 5%给予奖励,单个企业每年最高不超过 1500 万元。(牵头单位:市经信局,配合单位:市财政局、市市场监管局)",
  summary: t(
    "承担本市以外委托生产任务且产值结算在本市的企业（双方无投资关联），按年度新增实际交易合同金额的 5% 给予奖励，单个企业每年最高 1500 万元。",
    "Hangzhou manufacturers producing on commission for unrelated principals outside Hangzhou, with output settled in Hangzhou: 5% of the year's new contract value, capped at CNY 15M per enterprise per year.",
  ),
  needs: t(
    "委托生产合同与结算凭证、无投资关联说明、产值结算证明",
    "Commissioning contracts and settlements, a no-relationship statement, proof of output settled in Hangzhou",
  ),
  readings: [READ.newIsGrowth("实际交易合同金额", "actual contract value")],
  params: contractParams,
  ...commissionRules("contractManufacturing", [
    [
      "commissionedFromOutsideHangzhou",
      t(
        "承担本市以外的委托生产任务",
        "manufacturing on commission for principals outside Hangzhou",
      ),
    ],
    ["outputSettledInHangzhou", t("产值结算在本市", "output value settled in Hangzhou")],
  ]),
});
