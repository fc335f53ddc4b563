import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { scopeAndAnswer } from "../shared/scope";
import { GREEN_ENERGY_ENTERPRISE } from "./shared";

const LEAD =
  "市发改委、市经信局、市生态环境局、市国资委、市地方金融监管局、市投资促进局、市规划和自然资源局,各区、县(市)政府";

/** 三、（二） Renewable and feedstock energy left out of total energy-consumption control. */
export const renewableEnergyExemption = defineClause({
  id: "green-energy/s3.2-a",
  outsideScope: t(
    "原文面向新增可再生能源和原料用能的用能单位，不限于绿色能源企业（解读约定第 13 条）",
    "The text is for any energy user's new renewable and feedstock energy (readings rule 13)",
  ),
  policy: "green-energy",
  article: "三、（二）",
  page: 18,
  heading: "加强要素支撑保障",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "严格落实新增可再生能源和原料用能不纳入能源消费总量控制要求",
  summary: t(
    "新增可再生能源和原料用能不纳入能源消费总量控制。",
    "New renewable and feedstock energy use is not counted in total energy-consumption control.",
  ),
  needs: t(
    "用能核算材料；请咨询市发改委",
    "Energy-use accounts; ask the Municipal Development and Reform Commission",
  ),
  params: {},
  reads: ["greenEnergy.renewableOrFeedstockEnergyUse"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.renewableOrFeedstockEnergyUse",
      t("有新增可再生能源或原料用能", "new renewable-energy or feedstock energy use"),
    ),
  ],
});

/** 三、（二） Energy-quota treatment for districts where green energy is concentrated. */
export const districtEnergyQuota = defineClause({
  id: "green-energy/s3.2-b",
  policy: "green-energy",
  article: "三、（二）",
  page: 18,
  heading: "加强要素支撑保障",
  leadDepartment: LEAD,
  beneficiary: "district-government",
  kind: "non-monetary",
  requiresReview: false,
  text: "对绿色能源产业重点布局的区、县(市)在能耗总量指标考核分配中给予倾斜支持。",
  summary: t(
    "绿色能源产业重点布局的区、县（市），在能耗总量指标考核分配中给予倾斜支持。",
    "Districts where the green-energy industry is concentrated get favourable energy-quota allocation.",
  ),
  needs: t(
    "由市发改委在能耗总量指标考核分配中确定",
    "Decided by the Municipal Development and Reform Commission in allocating energy quotas",
  ),
  params: {},
  reads: ["greenEnergy.keyLayoutDistrict"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.keyLayoutDistrict",
      t(
        "属于绿色能源产业重点布局的区、县（市）",
        "a district where the green-energy industry is concentrated",
      ),
    ),
  ],
});

/** 三、（二） Stronger land supply for green-energy projects. */
export const projectLand = defineClause({
  id: "green-energy/s3.2-c",
  policy: "green-energy",
  article: "三、（二）",
  page: 18,
  heading: "加强要素支撑保障",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "加大绿色能源产业项目用地保障力度。[责任单位:市发改委、市经信局、市生态环境局、市国资委、市地方金融监管局、市投资促进局、市规划和自然资源局,各区、县(市)政府]",
  summary: t(
    "加大绿色能源产业项目用地保障力度。",
    "Stronger land supply for green-energy industrial projects.",
  ),
  needs: t(
    "项目用地需求；请咨询市规划和自然资源局",
    "The project's land needs; ask the Municipal Planning and Natural Resources Bureau",
  ),
  params: {},
  ...scopeAndAnswer(
    GREEN_ENERGY_ENTERPRISE,
    "greenEnergy.projectLandNeed",
    t("绿色能源产业项目有用地需求", "a green-energy industrial project needs land"),
  ),
});
