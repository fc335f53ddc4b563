import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { EQUITY_NOT_GRANT } from "../shared/government-fund";
import { answer } from "../shared/answers";

/** 二、（三）4. Direct investment of the city industrial fund (equity, not a grant). */
export const fundDirectInvestment = defineClause({
  id: "green-energy/3.4-a",
  policy: "green-energy",
  article: "二、（三）4.",
  page: 16,
  heading: "加大重大项目支持力度",
  leadDepartment: "市投资促进局、市国资委、市地方金融监管局、市经信局、市发改委、市财政局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: true,
  text: "设立多层次绿色能源产业基金,对所投的重大产业项目,经市委、市政府研究决策后,市级产业基金可按市和区、县(市)不超过 1:1 的比例联动出资进行直投。",
  summary: t(
    "多层次绿色能源产业基金所投的重大产业项目，经市委、市政府研究决策后，市级产业基金可按市和区、县（市）不超过 1:1 的比例联动出资直投。",
    "Major industrial projects of the green-energy funds: after a decision of the municipal Party committee and government, the city industrial fund may invest directly alongside the district at up to 1:1.",
  ),
  needs: t(
    "重大产业项目方案；由市国资委、市投资促进局等报市委、市政府研究决策",
    "Project plan; the Municipal State-owned Assets Commission and the Municipal Investment Promotion Bureau submit it for the city's decision",
  ),
  readings: [EQUITY_NOT_GRANT],
  params: {},
  reads: ["greenEnergy.fundBackedMajorProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.fundBackedMajorProject",
      t(
        "绿色能源产业基金所投（拟投）的重大产业项目",
        "a major industrial project invested in (or proposed) by a green-energy fund",
      ),
    ),
  ],
});
