import { above } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { UNDER_EXISTING_POLICIES } from "./shared";

export const newInfrastructure = defineClause({
  id: "visual-intelligence/14",
  policy: "visual-intelligence",
  article: "四、（六）14.",
  page: 37,
  heading: "支持视觉智能新基建项目",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "14.支持视觉智能新基建项目。运营后的新基建项目按年度非关联交易服务收入给予相应补助。(市经信局)",
  summary: t(
    "运营后的视觉智能新基建项目，按年度非关联交易服务收入给予相应补助；比例和上限未规定。",
    "Visual-intelligence new-infrastructure projects in operation: a subsidy on the year's non-affiliated service revenue; rate and cap not stated.",
  ),
  needs: t(
    "新基建项目建成运营证明、年度非关联交易服务收入明细。补助比例未规定，请向市经信局（牵头）咨询。",
    "Proof the project is in operation and its non-affiliated service revenue for the year. The rate is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [UNDER_EXISTING_POLICIES],
  params: {},
  reads: ["visualIntelligence.newInfraInOperation", "visualIntelligence.newInfraServiceRevenue"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.newInfraInOperation",
      t(
        "视觉智能新基建项目已运营",
        "a visual-intelligence new-infrastructure project in operation",
      ),
    ),
    above(
      t("年度有非关联交易服务收入", "non-affiliated service revenue in the year"),
      profile.visualIntelligence?.newInfraServiceRevenue,
      0,
      {
        facts: ["visualIntelligence.newInfraServiceRevenue"],
      },
    ),
  ],
});
