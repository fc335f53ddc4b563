import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { EQUITY_NOT_GRANT, fundBackedProject } from "../shared/government-fund";

const LEAD = "市国资委、市财政局、市地方金融监管局";

const fundBacked = fundBackedProject("newMaterials.fundBackedMajorProject");

/** 四、 Direct investment of the city industrial fund (equity, not a grant). */
export const fundDirectInvestment = defineClause({
  id: "new-materials/4-a",
  policy: "new-materials",
  article: "四、",
  page: 12,
  heading: "强化政府基金引导力度",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "对所投的重大产业项目,经市委、市政府研究决策后,市级产业基金可按市、区县(市)不超过 1:1 的比例联动出资进行直投。",
  summary: t(
    "政府性产业基金所投的重大产业项目，经市委、市政府研究决策后，市级产业基金可按市、区县（市）不超过 1:1 的比例联动出资直投。",
    "Major industrial projects: after a decision of the municipal Party committee and government, the city industrial fund may invest directly alongside the district at up to 1:1.",
  ),
  needs: t(
    "重大产业项目方案；由市国资委、市财政局报市委、市政府研究决策",
    "Project plan; the Municipal State-owned Assets Commission and the Municipal Finance Bureau submit it for the city's decision",
  ),
  readings: [EQUITY_NOT_GRANT],
  params: {},
  reads: ["newMaterials.fundBackedMajorProject"],
  conditions: ({ profile }) => [fundBacked(profile.newMaterials?.fundBackedMajorProject)],
});

/** 四、 Rewards out of government investment returns (no figure). */
export const fundProjectReward = defineClause({
  id: "new-materials/4-b",
  policy: "new-materials",
  article: "四、",
  page: 12,
  heading: "强化政府基金引导力度",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "鼓励新材料重点发展区域,使用政府投资收益,给予政府产业基金所投重大项目一定奖励。(责任单位:市国资委、市财政局、市地方金融监管局)",
  summary: t(
    "鼓励新材料重点发展区域使用政府投资收益，给予政府产业基金所投重大项目一定奖励；金额未明确。",
    "Key new-material areas are encouraged to reward major projects of government industrial funds out of investment returns; no amount stated.",
  ),
  needs: t(
    "政府产业基金投资协议；奖励标准由所在区域确定，请咨询市国资委或所在区、县（市）",
    "The fund's investment agreement; the reward is set locally — ask the Municipal State-owned Assets Commission or the district",
  ),
  params: {},
  reads: ["newMaterials.fundBackedMajorProject"],
  conditions: ({ profile }) => [fundBacked(profile.newMaterials?.fundBackedMajorProject)],
});
