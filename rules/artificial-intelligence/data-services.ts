import { above, fact, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";

const RESPONSIBLE = "(责任单位:市发改委、市数据资源局、市经信局、市财政局)";

export const dataSharingSuppliers = defineClause({
  id: "artificial-intelligence/3-a",
  policy: "artificial-intelligence",
  article: "三、（三）",
  page: 31,
  heading: "促进数据开放共享",
  leadDepartment: "市发改委",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: true,
  text: `遴选一批市级数据开放共享供应商,统一技术标准和安全规范,有效保障数据服务交易,对年度数据服务交易额列全市前 5 位的,鼓励区、县(市)给予一定运营补助。鼓励区、县(市)和园区(平台)对购买数据服务的中小企业给予一定资金支持。${RESPONSIBLE}`,
  summary: t(
    "遴选的市级数据开放共享供应商，年度数据服务交易额列全市前 5 位的，鼓励区、县（市）给予一定运营补助；金额未规定。",
    "Selected city data-sharing suppliers ranked in the city's top 5 by yearly data-service transactions: districts and counties are encouraged to grant an operating subsidy; amount not stated.",
  ),
  needs: t(
    "数据服务交易合同与年度交易额证明；入选市级数据开放共享供应商。补助由区、县（市）给予、金额未规定，请向市发改委（牵头）和所在区、县（市）咨询。",
    "Data-service contracts and the year's transaction value; selection as a city data-sharing supplier. The subsidy is granted by the district and its amount is not stated: ask the Municipal Development and Reform Commission (the Municipal Development and Reform Commission, lead) and your district.",
  ),
  params: {
    topRank: param.count(
      5,
      t(
        "年度数据服务交易额全市排名前（位）",
        "rank in the city by yearly data-service transactions, within the top",
      ),
    ),
  },
  reads: ["artificialIntelligence.dataServiceTransactionValue"],
  conditions: ({ profile, params }) => [
    above(
      t("有年度数据服务交易额", "has data-service transactions in the year"),
      profile.artificialIntelligence?.dataServiceTransactionValue,
      0,
      {
        facts: ["artificialIntelligence.dataServiceTransactionValue"],
      },
    ),
    toWin(t("遴选为市级数据开放共享供应商", "selected as a city data-sharing supplier")),
    toWin(
      t(
        `年度数据服务交易额列全市前 ${params.topRank.value} 位`,
        `ranked in the city's top ${params.topRank.value} by yearly data-service transactions`,
      ),
    ),
  ],
});

export const dataServicePurchases = defineClause({
  id: "artificial-intelligence/3-b",
  outsideScope: t(
    "原文面向购买数据服务的中小企业，不限于人工智能企业（解读约定第 13 条）",
    "The text is for any SME buying data services, not only AI enterprises (readings rule 13)",
  ),
  policy: "artificial-intelligence",
  article: "三、（三）",
  page: 31,
  heading: "促进数据开放共享",
  leadDepartment: "市发改委",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: `鼓励区、县(市)和园区(平台)对购买数据服务的中小企业给予一定资金支持。${RESPONSIBLE}`,
  summary: t(
    "购买数据服务的中小企业，鼓励区、县（市）和园区（平台）给予一定资金支持；金额未规定。",
    "SMEs buying data services: districts, counties and parks are encouraged to grant funding; amount not stated.",
  ),
  needs: t(
    "中小企业划型证明、数据服务采购合同与发票。支持由区、县（市）和园区给予、金额未规定，请向所在区、县（市）、园区及市发改委（牵头）咨询。",
    "Proof of SME status, data-service contracts and invoices. The support is granted by districts and parks and its amount is not stated: ask your district or park and the Municipal Development and Reform Commission (the Municipal Development and Reform Commission, lead).",
  ),
  params: {},
  reads: ["enterprise.sme", "artificialIntelligence.buysDataServices"],
  conditions: ({ profile }) => [
    fact(t("中小企业", "a small or medium-sized enterprise"), profile.enterprise.sme, [
      "enterprise.sme",
    ]),
    answer(
      profile,
      "artificialIntelligence.buysDataServices",
      t("购买数据服务", "buys data services"),
    ),
  ],
});
