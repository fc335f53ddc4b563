import { Calc } from "@/lib/engine/calc";
import { fact, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { perUnit, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { READ, awardsFrom, countedFrom, pvProjects } from "./shared";

const P = "greenEnergy.pvProjects[]";
const W = t("瓦", "W");

const pvParams = {
  rate: param.rate(
    perUnit(0.2, W),
    t("按实际并网容量一次性补助标准", "one-off subsidy per watt of grid-connected capacity"),
  ),
  cap: param.yuan(wan(500), t("单个项目补助上限", "cap per project")),
  awardsFrom,
};

/** 二、（四）2. One-off subsidy per watt for photovoltaic projects. */
export const photovoltaicSubsidy = defineClause({
  id: "green-energy/4.2",
  outsideScope: t(
    "原文面向光伏项目的投资主体，不限于绿色能源企业（解读约定第 13 条）",
    "The text is for the investor of a PV project, whatever its industry (readings rule 13)",
  ),
  policy: "green-energy",
  article: "二、（四）2.",
  page: 17,
  heading: "推进源网荷储一体化建设",
  leadDepartment:
    "市发改委、市规划和自然资源局、市农业农村局、市生态环境局、市经信局、市财政局、国网杭州供电公司",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "2.推进源网荷储一体化建设。坚持集中式与分布式并举推进光伏开发利用,对符合条件的光伏项目,按实际并网容量对项目投资主体给予 0.2 元/瓦的一次性补助,单个项目补助不超过 500万元。在符合区域生态环境保护和国土空间规划要求的前提下,有序推进分散式风电建设。加快新型电力系统建设,增强电网对新能源和多元主体的接纳能力。合理发展电网侧储能,积极争取省级资金补助。支持通信基站、数据中心、园区、工业企业等用户侧储能多元化应用,加快建设一批技术先进、管理规范、对本地产业发展带动性强的光(风、氢)储充一体化示范项目。(责任单位:市发改委、市规划和自然资源局、市农业农村局、市生态环境局、市经信局、市财政局、国网杭州供电公司)",
  summary: t(
    "符合条件的光伏项目，按实际并网容量对项目投资主体给予 0.2 元/瓦的一次性补助，单个项目不超过 500 万元。",
    "Qualifying photovoltaic projects: a one-off CNY 0.2 per watt of grid-connected capacity to the investor, at most CNY 5M per project.",
  ),
  needs: t(
    "并网验收文件（实际并网容量）、项目投资主体证明；“符合条件”的具体要求请咨询市发改委",
    "Grid-connection acceptance (capacity) and proof of being the investor; ask the Municipal Development and Reform Commission what “qualifying” requires",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "原文未列明“符合条件”的具体条件：须由主管部门确认",
      "The text does not list the qualifying conditions: the department must confirm them",
    ),
    t(
      "按较保守理解：2023 年起并网的项目才计入；“一次性”：同一项目已获本条补助的不再享受",
      "Conservative reading: only projects connected from 2023 count; one-off: not again for a project already subsidised",
    ),
    READ.from2023,
  ],
  params: pvParams,
  reads: [
    `${P}.applicantIsInvestor`,
    `${P}.qualifying`,
    `${P}.gridCapacityWatts`,
    `${P}.gridConnectionYear`,
    "awardsReceived",
  ],
  items: pvProjects,
  conditions: ({ item, params, received }) => [
    fact(
      t("本单位为项目投资主体", "the applicant is the project investor"),
      item.applicantIsInvestor,
      [`${P}.applicantIsInvestor`],
    ),
    fact(t("符合条件的光伏项目", "a qualifying photovoltaic project"), item.qualifying, [
      `${P}.qualifying`,
    ]),
    countedFrom(
      t("2023 年起并网", "connected to the grid from 2023"),
      item.gridConnectionYear,
      params.awardsFrom.value,
      [`${P}.gridConnectionYear`],
    ),
    known(t("实际并网容量", "actual grid-connected capacity"), item.gridCapacityWatts, [
      `${P}.gridCapacityWatts`,
    ]),
    fact(
      t("该项目此前未获本条一次性补助", "the project has not received this one-off subsidy before"),
      received("green-energy/4.2", item.id) === 0,
      ["awardsReceived"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("实际并网容量", "actual grid-connected capacity"), item.gridCapacityWatts!, W)
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个项目补助上限", "cap per project"))
      .upTo(),
});
