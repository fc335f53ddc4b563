import { Calc } from "@/lib/engine/calc";
import { above, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, type Yuan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { AmountOutcome, Condition } from "@/lib/engine/types";
import { L } from "../shared/labels";
import { READ } from "./shared";

const contractParams = {
  rate: param.rate(
    percent(5),
    t("按年度新增实际交易合同金额的比例", "share of the new contract value"),
  ),
  cap: param.yuan(wan(1500), L.perEnterpriseYearCap),
};

type Contracts = {
  noInvestmentRelation?: boolean;
  contractValueCurrent?: Yuan;
  contractValuePrevious?: Yuan;
};

/** 委托双方须无投资关联情况, and the year's contract value grew (新增 = this year − last year). */
function contractConditions(c: Contracts | undefined, section: string): Condition[] {
  const current = c?.contractValueCurrent;
  const previous = c?.contractValuePrevious;
  return [
    fact(
      t("委托双方无投资关联", "no investment relationship between the two parties"),
      c?.noInvestmentRelation,
      [`${section}.noInvestmentRelation`],
    ),
    above(
      t("年度实际交易合同金额有新增", "the year's actual contract value grew"),
      current === undefined || previous === undefined ? undefined : current - previous,
      0,
      { facts: [`${section}.contractValueCurrent`, `${section}.contractValuePrevious`] },
    ),
  ];
}

function newContractAward(c: Contracts, params: typeof contractParams): AmountOutcome {
  return Calc.base(t("本年度实际交易合同金额", "contract value this year"), c.contractValueCurrent!)
    .minus(c.contractValuePrevious!, t("上年度实际交易合同金额", "last year's contract value"))
    .rate(params.rate.value)
    .cap(params.cap.value, params.cap.label)
    .exactly();
}

const MAH = "biomedicine.mahCommissioning";
const CMO = "biomedicine.contractManufacturing";

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
  reads: [
    `${MAH}.commissionsHangzhouManufacturer`,
    `${MAH}.salesTaxSettledInHangzhou`,
    `${MAH}.noInvestmentRelation`,
    `${MAH}.contractValueCurrent`,
    `${MAH}.contractValuePrevious`,
  ],
  conditions: ({ profile }) => {
    const c = profile.biomedicine?.mahCommissioning;
    return [
      fact(
        t(
          "药械上市许可持有人委托本市企业生产其药械产品",
          "a marketing-authorisation holder commissioning a Hangzhou manufacturer",
        ),
        c?.commissionsHangzhouManufacturer,
        [`${MAH}.commissionsHangzhouManufacturer`],
      ),
      fact(
        t("销售税收结算在本市", "sales taxes settled in Hangzhou"),
        c?.salesTaxSettledInHangzhou,
        [`${MAH}.salesTaxSettledInHangzhou`],
      ),
      ...contractConditions(c, MAH),
    ];
  },
  amount: ({ profile, params }) => newContractAward(profile.biomedicine!.mahCommissioning!, params),
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
  reads: [
    `${CMO}.commissionedFromOutsideHangzhou`,
    `${CMO}.outputSettledInHangzhou`,
    `${CMO}.noInvestmentRelation`,
    `${CMO}.contractValueCurrent`,
    `${CMO}.contractValuePrevious`,
  ],
  conditions: ({ profile }) => {
    const c = profile.biomedicine?.contractManufacturing;
    return [
      fact(
        t(
          "承担本市以外的委托生产任务",
          "manufacturing on commission for principals outside Hangzhou",
        ),
        c?.commissionedFromOutsideHangzhou,
        [`${CMO}.commissionedFromOutsideHangzhou`],
      ),
      fact(t("产值结算在本市", "output value settled in Hangzhou"), c?.outputSettledInHangzhou, [
        `${CMO}.outputSettledInHangzhou`,
      ]),
      ...contractConditions(c, CMO),
    ];
  },
  amount: ({ profile, params }) =>
    newContractAward(profile.biomedicine!.contractManufacturing!, params),
});
