import { above } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { scopeAndAnswer, scopeAnd } from "../shared/scope";
import { yearLabel } from "../shared/years";
import { GREEN_ENERGY_ENTERPRISE, READ } from "./shared";

const LEAD_53 = "市科技局、市经信局、市发改委、市生态环境局、国家税务总局杭州市税务局";

/** 二、（五）1. Open-competition (揭榜) projects on bottleneck technologies (amount by other policies). */
export const bottleneckProjects = defineClause({
  id: "green-energy/5.1",
  policy: "green-energy",
  article: "二、（五）1.",
  page: 17,
  heading: "加强关键核心技术攻关",
  leadDepartment: "市科技局、市发改委、市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: true,
  text: "1.加强关键核心技术攻关。聚焦清洁能源技术装备、储能和动力电池、碳捕集利用与封存、节能增效等领域,实施重点“卡脖子”技术攻关和重大技术装备研发科技创新重大项目,对揭榜项目按有关政策给予支持。到 2025 年,力争在绿色能源领域取得省级重大科技成果 3 项以上。(责任单位:市科技局、市发改委、市经信局)",
  summary: t(
    "清洁能源技术装备、储能和动力电池、碳捕集利用与封存、节能增效等领域“卡脖子”技术攻关和重大技术装备研发科技创新重大项目的揭榜项目，按有关政策给予支持；金额未明确。",
    "Open-competition (揭榜) projects in major S&T programmes on clean-energy equipment, storage and power batteries, CCUS and efficiency: supported under the relevant policies; no amount stated.",
  ),
  needs: t(
    "揭榜项目立项文件；支持标准请咨询市科技局",
    "The project award; ask the Municipal Science and Technology Bureau about the support",
  ),
  readings: [READ.byOtherPolicies("市科技局", "the Municipal Science and Technology Bureau")],
  params: {},
  reads: ["greenEnergy.openCompetitionProject"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.openCompetitionProject",
      t(
        "承担绿色能源领域科技创新重大项目的揭榜项目",
        "won a major green-energy S&T project through open competition",
      ),
    ),
  ],
});

/** 二、（五）2. Common-technology R&D platforms and manufacturing innovation centres (amount by other policies). */
export const innovationPlatforms = defineClause({
  id: "green-energy/5.2",
  policy: "green-energy",
  article: "二、（五）2.",
  page: 17,
  heading: "强化高能级创新平台建设",
  leadDepartment: "市科技局、市经信局、市发改委、市生态环境局、市市场监管局",
  beneficiary: "platform",
  kind: "unspecified",
  requiresReview: false,
  text: "2.强化高能级创新平台建设。支持行业龙头企业联合高校、科研院所和上下游企业组建绿色能源领域创新联合体、企业研究院、技术中心等省级以上科技创新平台。加快白马湖实验室等高水平新型科研机构建设。对符合要求的共性技术研发平台、制造业创新中心按有关政策给予支持。(责任单位:市科技局、市经信局、市发改委、市生态环境局、市市场监管局)",
  summary: t(
    "符合要求的共性技术研发平台、制造业创新中心，按有关政策给予支持；金额未明确。",
    "Qualifying common-technology R&D platforms and manufacturing innovation centres: supported under the relevant policies; no amount stated.",
  ),
  needs: t(
    "平台或创新中心的认定文件；支持标准请咨询市科技局、市经信局",
    "Recognition of the platform or centre; ask the Municipal Science and Technology Bureau or the Municipal Bureau of Economy and Information Technology about the support",
  ),
  readings: [
    READ.byOtherPolicies(
      "市科技局、市经信局",
      "the Municipal Science and Technology Bureau or the Municipal Bureau of Economy and Information Technology",
    ),
  ],
  params: {},
  reads: ["greenEnergy.commonTechPlatform"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.commonTechPlatform",
      t(
        "符合要求的共性技术研发平台或制造业创新中心",
        "a qualifying common-technology platform or manufacturing innovation centre",
      ),
    ),
  ],
});

/** 二、（五）3. Technology transfer and industrialisation teams (amount not stated). */
export const techTransferRewards = defineClause({
  id: "green-energy/5.3-a",
  policy: "green-energy",
  article: "二、（五）3.",
  page: 17,
  heading: "提升科技成果转化能力",
  leadDepartment: LEAD_53,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "对符合条件的科技成果转化项目和重大成果在杭产业化项目团队给予奖励",
  summary: t(
    "符合条件的科技成果转化项目和重大成果在杭产业化项目团队给予奖励；金额未明确。",
    "Qualifying technology-transfer projects and teams industrialising major results in Hangzhou are rewarded; no amount stated.",
  ),
  needs: t(
    "科技成果转化或产业化项目材料；奖励条件与标准请咨询市科技局",
    "Transfer or industrialisation project documents; ask the Municipal Science and Technology Bureau about conditions and amounts",
  ),
  params: {},
  ...scopeAndAnswer(
    GREEN_ENERGY_ENTERPRISE,
    "greenEnergy.techTransferProject",
    t(
      "有科技成果转化项目或重大成果在杭产业化项目团队",
      "a technology-transfer project or industrialisation team",
    ),
  ),
});

/** 二、（五）3. R&D super-deduction and other tax incentives (national tax law). */
export const rdSuperDeduction = defineClause({
  id: "green-energy/5.3-b",
  policy: "green-energy",
  article: "二、（五）3.",
  page: 17,
  heading: "提升科技成果转化能力",
  leadDepartment: LEAD_53,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "切实落实企业研发费用加计扣除等税收优惠政策",
  summary: t(
    "落实企业研发费用加计扣除等税收优惠政策（按国家税法计算）。",
    "R&D super-deduction and other tax incentives are applied (amount under national tax law).",
  ),
  needs: t(
    "研发费用辅助账；加计扣除按国家税法计算，请咨询国家税务总局杭州市税务局",
    "R&D expense ledger; the deduction follows national tax law — ask the Hangzhou tax bureau",
  ),
  readings: [
    t(
      "国家税收优惠，非市级资金，本计算器不估算金额",
      "A national tax incentive, not city money; not estimated here",
    ),
  ],
  params: {},
  ...scopeAnd(GREEN_ENERGY_ENTERPRISE, "finance.current.rdExpense", (profile, round) =>
    above(
      yearLabel(round.eventYear, 0, "有研发投入", "R&D expenses in"),
      profile.finance?.current?.rdExpense,
      0,
      { facts: ["finance.current.rdExpense"] },
    ),
  ),
});

/** 二、（五）3. Science and technology innovation vouchers (amount not stated). */
export const innovationVouchers = defineClause({
  id: "green-energy/5.3-c",
  policy: "green-energy",
  article: "二、（五）3.",
  page: 17,
  heading: "提升科技成果转化能力",
  leadDepartment: LEAD_53,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "发挥好科技创新券引导作用",
  summary: t(
    "发挥科技创新券引导作用；金额未明确。",
    "Innovation vouchers guide innovation; no amount stated.",
  ),
  needs: t(
    "科技服务合同；创新券申领与兑付标准请咨询市科技局",
    "Technology service contracts; ask the Municipal Science and Technology Bureau about claiming vouchers",
  ),
  params: {},
  ...scopeAndAnswer(
    GREEN_ENERGY_ENTERPRISE,
    "greenEnergy.usesInnovationVouchers",
    t("购买科技服务并使用科技创新券", "buys technology services with innovation vouchers"),
  ),
});

/** 二、（五）3. First-of-a-kind major green-energy equipment (amount by other policies). */
export const firstSetGreenEquipment = defineClause({
  id: "green-energy/5.3-d",
  policy: "green-energy",
  article: "二、（五）3.",
  page: 17,
  heading: "提升科技成果转化能力",
  leadDepartment: LEAD_53,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "加大绿色能源领域重大技术装备首台(套)认定和市场推广应用力度,按有关政策给予支持。(责任单位:市科技局、市经信局、市发改委、市生态环境局、国家税务总局杭州市税务局)",
  summary: t(
    "加大绿色能源领域重大技术装备首台（套）认定和市场推广应用力度，按有关政策给予支持；金额未明确（参见高端装备政策第五条）。",
    "First-of-a-kind recognition and promotion of major green-energy equipment, supported under the relevant policies; no amount stated (cf. high-end-equipment article 五).",
  ),
  needs: t(
    "首台（套）认定申报材料；支持标准请咨询市经信局",
    "First-of-a-kind recognition application; ask the Municipal Bureau of Economy and Information Technology about the support",
  ),
  readings: [
    READ.byOtherPolicies(
      "市经信局（参见高端装备政策首台（套）保险补偿与应用奖励）",
      "the Municipal Bureau of Economy and Information Technology (cf. the high-end-equipment first-of-a-kind clauses)",
    ),
  ],
  params: {},
  reads: ["greenEnergy.firstSetEquipment"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "greenEnergy.firstSetEquipment",
      t(
        "有绿色能源领域重大技术装备首台（套）产品",
        "a first-of-a-kind major green-energy equipment product",
      ),
    ),
  ],
});
