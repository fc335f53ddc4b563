import { Calc } from "@/lib/engine/calc";
import { fact, known, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { READ, scenarioProjects } from "./shared";

const P = "highEndEquipment.scenarioProjects[]";

const scenarioParams = {
  rate: param.rate(percent(20), t("资金补助比例（投资总额的）", "share of the total investment")),
  cap: param.yuan(wan(200), t("补助金额上限", "subsidy cap")),
  projectsPerYear: param.count(5, t("每年财政补助项目数量上限", "projects funded a year, at most")),
};

/** 六、 Application-scenario opening projects. */
export const scenarioOpening = defineClause({
  id: "high-end-equipment/6",
  outsideScope: t(
    "原文面向开放应用场景的教育、医疗卫生、交通运输、商业流通等机构（建设单位），不限于高端装备企业（解读约定第 13 条）",
    "The text is for institutions opening application scenarios (education, health, transport, commerce), not only equipment makers (readings rule 13)",
  ),
  policy: "high-end-equipment",
  article: "六、",
  page: 9,
  heading: "鼓励场景应用开放和市场拓展",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "鼓励教育、医疗卫生、交通运输、商业流通等机构对重点支持领域开放应用场景,鼓励工业机器人、服务机器人及机器视觉深化应用,并予以政策倾斜。每年征集一批可复制可推广的场景应用开放项目,给予建设单位投资总额 20%的资金补助,补助金额最高不超过 200 万元,每年财政补助场景应用开放项目数量不超过 5 个。鼓励区、县(市)因地制宜推动场景应用开放项目建设。鼓励金融机构为企业提供进出口贸易融资、保函产品等全方位金融服务,支持企业开拓新兴市场。(牵头单位:市经信局,配合单位:市教育局、市财政局、市交通运输局、市商务局、市卫生健康委员会、市地方金融监管局)",
  summary: t(
    "每年征集可复制可推广的场景应用开放项目，给予建设单位投资总额 20% 的补助，最高 200 万元，每年不超过 5 个项目。",
    "Replicable application-scenario opening projects solicited each year: 20% of the builder's total investment, at most CNY 2M, no more than 5 projects a year.",
  ),
  needs: t(
    "场景应用开放项目方案、投资总额证明；参加市经信局年度征集",
    "Project plan and proof of investment; enter the Municipal Bureau of Economy and Information Technology's yearly call",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "200 万元按单个建设单位每年合计计，同时也是单个项目上限",
      "CNY 2M caps the builder's total a year, and so each project too",
    ),
    t(
      "每年财政补助不超过 5 个项目：须经征集入选（需评审/评选）",
      "At most 5 projects are funded a year: the project must be selected (需评审/评选)",
    ),
  ],
  params: scenarioParams,
  reads: [`${P}.replicableOpenScenario`, `${P}.totalInvestment`],
  items: scenarioProjects,
  clauseCap: {
    amount: scenarioParams.cap.value,
    param: "cap",
    label: t("单个建设单位每年补助上限", "subsidy cap per builder per year"),
  },
  conditions: ({ item }) => [
    fact(
      t(
        "可复制可推广的场景应用开放项目（本单位为建设单位）",
        "a replicable scenario-opening project built by the applicant",
      ),
      item.replicableOpenScenario,
      [`${P}.replicableOpenScenario`],
    ),
    known(t("项目投资总额", "total investment of the project"), item.totalInvestment, [
      `${P}.totalInvestment`,
    ]),
    toWin(
      t(
        "每年征集，财政补助项目不超过 5 个",
        "selected in the yearly call; at most 5 projects funded a year",
      ),
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("项目投资总额", "total investment of the project"), item.totalInvestment!)
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个项目补助上限", "subsidy cap per project"))
      .upTo(),
});
