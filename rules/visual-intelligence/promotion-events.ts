import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { UNDER_EXISTING_POLICIES } from "./shared";

export const promotionEvents = defineClause({
  id: "visual-intelligence/13",
  policy: "visual-intelligence",
  article: "四、（五）13.",
  page: 37,
  heading: "支持举办产业推广活动",
  leadDepartment: "市商务局",
  beneficiary: "organization",
  kind: "unspecified",
  requiresReview: false,
  text: "13.支持举办产业推广活动。企业、机构举办高水平产业学术论坛、大型宣传推介等活动,按规定给予一定补助。(市商务局)",
  summary: t(
    "企业、机构举办高水平产业学术论坛、大型宣传推介等活动，按规定给予一定补助；金额未规定。",
    "Enterprises and institutions holding high-level industry forums or large promotional events: a subsidy under the rules; amount not stated.",
  ),
  needs: t(
    "活动方案、举办证明和费用凭证。补助按市商务局有关规定执行、金额未规定，请向市商务局（牵头）咨询。",
    "The event plan, proof it was held and its costs. The subsidy follows the Municipal Commerce Bureau's rules and its amount is not stated: ask the Commerce Bureau (the Municipal Commerce Bureau, lead).",
  ),
  readings: [
    t(
      "举办者可以是企业或机构；按活动主办方（社会组织或主办单位）编码。",
      "The organiser may be an enterprise or an institution; the clause is encoded for the event's organiser.",
    ),
    UNDER_EXISTING_POLICIES,
  ],
  params: {},
  reads: ["visualIntelligence.eventHeld"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "visualIntelligence.eventHeld",
      t(
        "举办高水平产业学术论坛、大型宣传推介等活动",
        "holds a high-level industry forum or large promotional event",
      ),
    ),
  ],
});
