import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT, READ } from "./shared";

const common = {
  policy: "integrated-circuits",
  article: "三、（一）",
  page: 20,
  heading: "支持集成电路产线项目建设",
  leadDepartment: DEPT.productionLines,
  beneficiary: "enterprise",
  requiresReview: false,
  params: {},
} as const;

export const provincialMajorProjectPool = defineClause({
  ...common,
  id: "integrated-circuits/1-a",
  kind: "non-monetary",
  text: "(一)支持集成电路产线项目建设。加大项目招引力度,鼓励重大项目落地。推荐重点项目纳入省重大项目库,做好项目评估行业指导工作。",
  summary: t(
    "集成电路重点项目：推荐纳入省重大项目库，并做好项目评估行业指导。",
    "Key IC projects are recommended for the provincial major-project pool, with help in assessment and industry guidance.",
  ),
  needs: t(
    "重点项目的立项、投资计划等材料；向市经信局、市发改委或属地政府咨询推荐程序。",
    "Project approval and investment plan; ask the Municipal Bureau of Economy and Information Technology, the Municipal Development and Reform Commission or the district about the recommendation.",
  ),
  reads: ["integratedCircuits.keyProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.keyProject",
      t("有集成电路重点项目", "has a key IC project"),
    ),
  ],
});

export const majorProjectFactors = defineClause({
  ...common,
  id: "integrated-circuits/1-b",
  kind: "non-monetary",
  text: "对通过国家行业指导的市重大产业项目,统筹市区两级现有政策,做好项目用地、人才等要素保障。",
  summary: t(
    "通过国家行业指导的市重大产业项目：统筹市区两级现有政策，保障项目用地、人才等要素。",
    "City major industrial projects that passed national industry guidance get land, talent and other factors, pooling city and district policies.",
  ),
  needs: t(
    "市重大产业项目认定及国家行业指导意见；向市经信局、市发改委或属地政府咨询。",
    "City major-project status and the national industry-guidance opinion; ask the Municipal Bureau of Economy and Information Technology, the Municipal Development and Reform Commission or the district.",
  ),
  reads: ["integratedCircuits.cityMajorProject", "integratedCircuits.passedNationalGuidance"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.cityMajorProject",
      t("有市重大产业项目", "has a city major industrial project"),
    ),
    answer(
      profile,
      "integratedCircuits.passedNationalGuidance",
      t("该项目已通过国家行业指导", "the project passed national industry guidance"),
    ),
  ],
});

export const fastTrackApprovals = defineClause({
  ...common,
  id: "integrated-circuits/1-c",
  kind: "non-monetary",
  text: "强化政策服务,依法依规加速规划、环评、能评等审批流程,加快推动产线项目建设。",
  summary: t(
    "集成电路产线项目：依法依规加速规划、环评、能评等审批。",
    "IC production-line projects: planning, environmental and energy approvals are accelerated.",
  ),
  needs: t(
    "产线项目的规划、环评、能评申报材料；向属地政府和市经信局咨询。",
    "Planning, environmental and energy-assessment filings; ask the district and the Municipal Bureau of Economy and Information Technology.",
  ),
  reads: ["integratedCircuits.productionLineProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.productionLineProject",
      t("有集成电路产线项目", "has an IC production-line project"),
    ),
  ],
});

export const technologyUpgrade = defineClause({
  ...common,
  id: "integrated-circuits/1-d",
  kind: "unspecified",
  text: "对技术改造项目,参照执行新制造业政策。[责任单位:市经信局、市发改委、市投资促进局,有关区、县(市)政府]",
  summary: t(
    "集成电路技术改造项目：参照执行新制造业政策，金额不在本文规定。",
    "IC technology-upgrade projects are handled under the “new manufacturing” policy; the amount is not stated here.",
  ),
  needs: t(
    "技术改造项目备案和投资材料；金额按新制造业政策，向市经信局或属地政府咨询。",
    "Technology-upgrade filing and investment records; the amount follows the new-manufacturing policy — ask the Municipal Bureau of Economy and Information Technology or the district.",
  ),
  readings: [READ.viaDistricts],
  reads: ["integratedCircuits.technologyUpgradeProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.technologyUpgradeProject",
      t("有技术改造项目", "has a technology-upgrade project"),
    ),
  ],
});
