import { Calc } from "@/lib/engine/calc";
import { known, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { answer } from "../shared/answers";

const CLUSTERS =
  "按照工信部先进制造业集群培育建设工作的要求,鼓励申报国家级人工智能先进制造业集群,对申报获批的给予一定资金支持。(责任单位:市经信局、市投资促进局、市发改委、市财政局)";

export const benchmarkParks = defineClause({
  id: "artificial-intelligence/5-a",
  policy: "artificial-intelligence",
  article: "三、（五）",
  page: 31,
  heading: "推动产业集聚发展",
  leadDepartment: "市经信局",
  beneficiary: "park-investor",
  kind: "up-to",
  requiresReview: true,
  text: `评定一批市级人工智能标杆产业园,每年对绩效评价结果优秀的给予运营经费补助,补助金额最高不超过 200 万元。${CLUSTERS}`,
  summary: t(
    "评定的市级人工智能标杆产业园，每年绩效评价结果优秀的，给予运营经费补助，最高不超过 200 万元。",
    "City AI benchmark industrial parks rated excellent in the yearly performance evaluation: an operating-expense subsidy of up to CNY 2M.",
  ),
  needs: t(
    "市级人工智能标杆产业园认定文件、年度绩效评价材料、园区年度运营经费明细。",
    "The park's recognition as a city AI benchmark park, the yearly performance evaluation and the park's operating expenses.",
  ),
  readings: [
    L.conservative(
      "运营经费补助以园区当年运营经费为限，估算为不超过运营经费与 200 万元中的较低者。",
      "an operating-expense subsidy cannot exceed the park's operating expenses, so the estimate is up to the lower of those and CNY 2M.",
    ),
  ],
  params: {
    cap: param.yuan(
      wan(200),
      t("运营经费补助每年最高", "operating-expense subsidy per year, at most"),
    ),
  },
  reads: ["artificialIntelligence.benchmarkPark", "artificialIntelligence.parkOperatingExpense"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.benchmarkPark",
      t("评定为市级人工智能标杆产业园", "recognised as a city AI benchmark industrial park"),
    ),
    known(
      t("园区年度运营经费", "the park's operating expenses in the year"),
      profile.artificialIntelligence?.parkOperatingExpense,
      ["artificialIntelligence.parkOperatingExpense"],
    ),
    toWin(t("年度绩效评价结果优秀", "rated excellent in the yearly performance evaluation")),
  ],
  amount: ({ profile, params }) =>
    Calc.base(
      t("园区年度运营经费", "the park's operating expenses in the year"),
      profile.artificialIntelligence!.parkOperatingExpense!,
    )
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});

export const nationalClusters = defineClause({
  id: "artificial-intelligence/5-b",
  policy: "artificial-intelligence",
  article: "三、（五）",
  page: 31,
  heading: "推动产业集聚发展",
  leadDepartment: "市经信局",
  beneficiary: "organization",
  kind: "unspecified",
  requiresReview: false,
  text: CLUSTERS,
  summary: t(
    "申报获批国家级人工智能先进制造业集群的，给予一定资金支持；金额未规定。",
    "An approved national AI advanced-manufacturing cluster receives funding; amount not stated.",
  ),
  needs: t(
    "工信部国家级先进制造业集群获批文件。金额未规定，请向市经信局（牵头）咨询。",
    "The MIIT approval as a national advanced-manufacturing cluster. The amount is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [
    t(
      "本文未写明受支持的主体，按集群促进组织（社会组织）编码。",
      "The text does not name the recipient; the clause is encoded for the cluster's promotion organisation.",
    ),
  ],
  params: {},
  reads: ["artificialIntelligence.nationalClusterApproved"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.nationalClusterApproved",
      t(
        "申报获批国家级人工智能先进制造业集群",
        "approved as a national AI advanced-manufacturing cluster",
      ),
    ),
  ],
});
