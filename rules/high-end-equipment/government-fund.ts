import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { EQUITY_NOT_GRANT, fundBackedProject } from "../shared/government-fund";

const fundBacked = fundBackedProject("highEndEquipment.fundBackedMajorProject");

/** 七、 Direct investment of the city industrial fund (equity, not a grant). */
export const fundDirectInvestment = defineClause({
  id: "high-end-equipment/7-a",
  policy: "high-end-equipment",
  article: "七、",
  page: 9,
  heading: "强化政府基金引导",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "对所投的重大产业项目,经市委、市政府研究决策后,市级产业基金可按市、区县(市)不超过 1:1 的比例联动出资进行直投。",
  summary: t(
    "政府产业基金所投的重大产业项目，经市委、市政府研究决策后，市级产业基金可按市、区县（市）不超过 1:1 的比例联动出资直投。",
    "Major industrial projects: after a decision of the municipal Party committee and government, the city industrial fund may invest directly alongside the district at up to 1:1.",
  ),
  needs: t(
    "重大产业项目方案；由市经信局会同市财政局、市国资委报市委、市政府研究决策",
    "Project plan; the Municipal Bureau of Economy and Information Technology with the Municipal Finance Bureau and the Municipal State-owned Assets Commission submits it for the city's decision",
  ),
  readings: [EQUITY_NOT_GRANT],
  params: {},
  reads: ["highEndEquipment.fundBackedMajorProject"],
  conditions: ({ profile }) => [fundBacked(profile.highEndEquipment?.fundBackedMajorProject)],
});

/** 七、 Rewards out of government investment returns (no figure). */
export const fundProjectReward = defineClause({
  id: "high-end-equipment/7-b",
  policy: "high-end-equipment",
  article: "七、",
  page: 9,
  heading: "强化政府基金引导",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "鼓励高端装备重点发展领域,使用政府投资收益,给予政府产业基金所投重大项目一定奖励。(牵头单位:市经信局,配合单位:市财政局、市国资委、市地方金融监管局)",
  summary: t(
    "鼓励高端装备重点发展领域使用政府投资收益，给予政府产业基金所投重大项目一定奖励；金额未明确。",
    "Key high-end-equipment areas are encouraged to reward major projects of government industrial funds out of investment returns; no amount stated.",
  ),
  needs: t(
    "政府产业基金投资协议；奖励标准由所在区域确定，请咨询市经信局或所在区、县（市）",
    "The fund's investment agreement; the reward is set locally — ask the Municipal Bureau of Economy and Information Technology or the district",
  ),
  params: {},
  reads: ["highEndEquipment.fundBackedMajorProject"],
  conditions: ({ profile }) => [fundBacked(profile.highEndEquipment?.fundBackedMajorProject)],
});
