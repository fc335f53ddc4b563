import { atLeast } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { yearLabel } from "../shared/years";
import { DEPT, READ } from "./shared";

export const terminalApplication = defineClause({
  id: "integrated-circuits/5",
  outsideScope: t(
    "原文面向使用集成电路产品的终端厂商、系统方案集成商，不限于集成电路企业（解读约定第 13 条）",
    "The text is for terminal makers and system integrators using the chips, not only IC enterprises (readings rule 13)",
  ),
  policy: "integrated-circuits",
  article: "三、（五）",
  page: 21,
  heading: "鼓励终端应用",
  leadDepartment: DEPT.districtsAndCity,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "(五)鼓励终端应用。支持“芯机联动”,鼓励终端厂商、系统方案集成商试用自主研发的集成电路产品、设备、材料,对使用非关联集成电路企业的首次上市产品,且当年度采购金额累计达 1000 万元以上的企业,按当年使用金额分档给予奖励。[责任单位:市经信局,有关区、县(市)政府]",
  summary: t(
    "终端厂商、系统方案集成商使用非关联集成电路企业的首次上市产品，当年度采购金额累计达 1000 万元以上的：按当年使用金额分档奖励，档位和金额未规定。",
    "Device makers and system integrators buying at least CNY 10M a year of first-to-market products of non-affiliated IC enterprises: a reward in tiers by the year's usage; tiers and amounts not stated.",
  ),
  needs: t(
    "采购合同、发票，供应商为非关联企业的说明及产品首次上市证明；分档标准未公布，向市经信局或属地政府咨询。",
    "Purchase contracts and invoices, evidence that the supplier is not affiliated and that the product is first to market; the tiers are not published — ask the Municipal Bureau of Economy and Information Technology or the district.",
  ),
  readings: [
    t(
      "本条只写明 1000 万元门槛，分档奖励标准未在原文中公布，故不估算金额",
      "Only the CNY 10M threshold is stated; the reward tiers are not published, so no amount is estimated",
    ),
    READ.viaDistricts,
  ],
  params: {
    threshold: param.yuan(
      wan(1000),
      t("当年度采购金额累计门槛（达到以上）", "purchases in the year, at least"),
    ),
  },
  reads: [
    "integratedCircuits.terminalMakerOrIntegrator",
    "integratedCircuits.firstMarketPurchases",
  ],
  conditions: ({ profile, params, round }) => [
    answer(
      profile,
      "integratedCircuits.terminalMakerOrIntegrator",
      t("终端厂商或系统方案集成商", "a device maker or system integrator"),
    ),
    atLeast(
      yearLabel(
        round.eventYear,
        0,
        "采购非关联集成电路企业首次上市产品累计达 1000 万元以上",
        "purchases of first-to-market products of non-affiliated IC enterprises of at least CNY 10M in",
      ),
      profile.integratedCircuits?.firstMarketPurchases,
      params.threshold.value,
      { facts: ["integratedCircuits.firstMarketPurchases"] },
    ),
  ],
});
