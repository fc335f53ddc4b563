import { fact, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { L } from "../shared/labels";
import { answer } from "../shared/answers";

const RESPONSIBLE =
  "[责任单位:市经信局、市发改委、市财政局,各区、县(市)政府。以下均需各区、县(市)政府落实,不再列出。列第一位的为牵头单位,下同。]";

export const computePartners = defineClause({
  id: "artificial-intelligence/1-a",
  policy: "artificial-intelligence",
  article: "三、（一）",
  page: 30,
  heading: "强化普惠算力供给",
  leadDepartment: "市经信局",
  beneficiary: "platform",
  kind: "non-monetary",
  requiresReview: true,
  text: `实施算力伙伴合作计划,遴选一批设备性能先进、技术安全可控、能耗绿色低碳、价格优惠合理的算力中心作为市级算力伙伴,统一技术需求、服务标准、优惠策略等。推进算力供给市政化,全市每年设立总额不超过 5000 万元的“算力券”,重点支持中小企业购买算力服务。${RESPONSIBLE}`,
  summary: t(
    "算力伙伴合作计划：遴选设备性能先进、技术安全可控、能耗绿色低碳、价格优惠合理的算力中心作为市级算力伙伴，统一技术需求、服务标准和优惠策略。",
    "Compute-partner programme: compute centres with advanced equipment, secure technology, green energy use and fair prices are selected as city compute partners, with unified requirements, service standards and discounts.",
  ),
  needs: t(
    "算力中心设备性能、安全可控、能耗（PUE）与价格方案材料；向市经信局申报遴选。",
    "Evidence of the compute centre's equipment, security, energy use (PUE) and pricing; apply to the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology) for selection.",
  ),
  params: {},
  reads: ["artificialIntelligence.operatesComputeCentre"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.operatesComputeCentre",
      t(
        "运营设备先进、安全可控、绿色低碳、价格合理的算力中心",
        "operates an advanced, secure, green and fairly priced compute centre",
      ),
    ),
    toWin(t("遴选为市级算力伙伴", "selected as a city compute partner")),
  ],
});

export const computeVouchers = defineClause({
  id: "artificial-intelligence/1-b",
  outsideScope: t(
    "“算力券”面向购买算力服务的中小企业，不限于人工智能企业（解读约定第 13 条）",
    "Compute vouchers are for any SME buying compute, not only AI enterprises (readings rule 13)",
  ),
  policy: "artificial-intelligence",
  article: "三、（一）",
  page: 30,
  heading: "强化普惠算力供给",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: `推进算力供给市政化,全市每年设立总额不超过 5000 万元的“算力券”,重点支持中小企业购买算力服务。${RESPONSIBLE}`,
  summary: t(
    "全市每年设立总额不超过 5000 万元的“算力券”，重点支持中小企业购买算力服务；单个企业额度和补贴比例未规定。",
    "“Compute vouchers”: a city-wide pool of at most CNY 50M a year, mainly for SMEs buying compute services; the amount per enterprise and the rate are not stated.",
  ),
  needs: t(
    "中小企业划型证明、算力服务采购合同与发票；单个企业可得额度未规定，请向市经信局（牵头）或所在区、县（市）经信部门咨询算力券申领办法。",
    "Proof of SME status, compute-service contracts and invoices. The amount per enterprise is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead) or the district's economy bureau how vouchers are issued.",
  ),
  readings: [
    t(
      "5000 万元是全市每年算力券总额，不是单个企业的额度；本文未规定单个企业额度，故不估算金额。",
      "CNY 50M is the city's yearly pool for all recipients, not a per-enterprise amount; the text states no amount per enterprise, so none is estimated.",
    ),
    L.conservative(
      "算力券“重点支持中小企业”，按中小企业申领测算；非中小企业能否申领请向市经信局确认。",
      "the vouchers mainly support SMEs, so the clause is shown to SMEs; whether other enterprises may apply is for the bureau to confirm.",
    ),
  ],
  params: {
    cityPool: param.yuan(
      wan(5000),
      t(
        "全市每年算力券总额（所有企业合计）上限",
        "city-wide yearly voucher pool (all recipients together), at most",
      ),
    ),
  },
  reads: ["enterprise.sme", "artificialIntelligence.buysComputeServices"],
  conditions: ({ profile }) => [
    fact(t("中小企业", "a small or medium-sized enterprise"), profile.enterprise.sme, [
      "enterprise.sme",
    ]),
    answer(
      profile,
      "artificialIntelligence.buysComputeServices",
      t("购买算力服务", "buys compute services"),
    ),
  ],
});
