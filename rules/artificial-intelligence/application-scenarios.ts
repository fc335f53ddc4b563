import { Calc } from "@/lib/engine/calc";
import { known, toWin } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { z } from "zod";
import type { aiDemoProjectSchema } from "@/lib/profile/sections/artificial-intelligence";
import { L } from "../shared/labels";
import { namedItems } from "../shared/items";
import { answer } from "../shared/answers";

type DemoProject = z.output<typeof aiDemoProjectSchema>;

const RESPONSIBLE = "(责任单位:市经信局、市科技局、市投资促进局、市财政局)";
const DEMONSTRATIONS =
  "实施“智能+”“+智能”应用示范,通过“幸会·杭州”定期发布一批重点场景“机会清单”实施揭榜挂帅,推动智能应用项目策划生成,加速打造创新应用集聚地。每年择优评选不超过 10 个标杆型示范项目,按照不超过项目投资额 30%的标准给予补助,补助金额最高不超过 500 万元。";
const LABS =
  "健全人工智能新技术在地转化应用路径,支持企业组建“创新应用实验室”和“未来场景实验室”,开展新技术、新模式、新业态融合创新场景实测,对作用发挥好的场景实验室,鼓励区、县(市)和园区(平台)给予一定资金支持。";

const demoProjects = namedItems<DemoProject>(
  (p) => p.artificialIntelligence?.demoProjects,
  "artificialIntelligence.demoProjects",
  t("应用示范项目", "demonstration project"),
);

export const intelligentUpgradeBenchmarks = defineClause({
  id: "artificial-intelligence/4-a",
  outsideScope: t(
    "原文面向开展智能改造的企业（应用方），不限于人工智能企业（解读约定第 13 条）",
    "The text is for enterprises carrying out intelligent transformation (users), not only AI enterprises (readings rule 13)",
  ),
  policy: "artificial-intelligence",
  article: "三、（四）",
  page: 31,
  heading: "拓展智能应用场景",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: true,
  text: `每年评选一批智能改造标杆企业,按照我市加快建设“未来工厂”若干意见的有关规定给予支持。${DEMONSTRATIONS}${LABS}${RESPONSIBLE}`,
  summary: t(
    "每年评选一批智能改造标杆企业，按照我市加快建设“未来工厂”若干意见的有关规定给予支持；金额未在本文规定。",
    "Intelligent-upgrading benchmark enterprises selected each year are supported under the city's opinions on building “future factories”; the amount is not stated here.",
  ),
  needs: t(
    "人工智能智能化改造项目材料（全要素、全流程）；参加年度智能改造标杆企业评选。支持标准见“未来工厂”相关政策，请向市经信局（牵头）咨询。",
    "Evidence of the AI-based upgrade of the whole production; enter the yearly benchmark selection. The support follows the “future factory” policy: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  params: {},
  reads: ["artificialIntelligence.manufacturingAiUpgrade"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.manufacturingAiUpgrade",
      t(
        "制造业企业利用人工智能技术实施智能化改造",
        "a manufacturer upgrading its production with AI",
      ),
    ),
    toWin(
      t(
        "评选为年度智能改造标杆企业",
        "selected as an intelligent-upgrading benchmark enterprise of the year",
      ),
    ),
  ],
});

const benchmarkProjectParams = {
  rate: param.rate(
    percent(30),
    t("补助比例（不超过项目投资额）", "share of the project investment, at most"),
  ),
  cap: param.yuan(wan(500), t("补助金额最高", "subsidy, at most")),
  perYear: param.count(
    10,
    t("每年评选标杆型示范项目不超过（个）", "benchmark projects selected a year, at most"),
  ),
};

export const applicationDemonstrations = defineClause({
  id: "artificial-intelligence/4-b",
  outsideScope: t(
    "“智能+”“+智能”应用示范面向应用人工智能的项目单位，不限于人工智能企业（解读约定第 13 条）",
    "“AI+” demonstration projects are for users of AI, not only AI enterprises (readings rule 13)",
  ),
  policy: "artificial-intelligence",
  article: "三、（四）",
  page: 31,
  heading: "拓展智能应用场景",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: `${DEMONSTRATIONS}${LABS}${RESPONSIBLE}`,
  summary: t(
    "“智能+”“+智能”应用示范，每年择优评选不超过 10 个标杆型示范项目，按不超过项目投资额 30% 给予补助，最高不超过 500 万元。",
    "“AI+” / “+AI” application demonstrations: at most 10 benchmark projects are selected a year, up to 30% of the project investment, capped at CNY 5M.",
  ),
  needs: t(
    "示范项目方案、项目投资额专项审计报告；参加市经信局年度标杆型示范项目评选（可关注“幸会·杭州”场景机会清单）。",
    "The project plan and an audit of the project investment; enter the bureau's yearly selection of benchmark projects (see the “幸会·杭州” opportunity lists).",
  ),
  readings: [
    L.conservative(
      "“最高不超过 500 万元”未写明按项目还是按企业，按每家企业每年合计不超过 500 万元；同一项目已获本条补助的扣减已获金额。",
      "the CNY 5M cap does not say per project or per enterprise, so it is applied per enterprise and year; a project already subsidised under this clause has what it received deducted.",
    ),
  ],
  params: benchmarkProjectParams,
  reads: ["artificialIntelligence.demoProjects[].investment", "awardsReceived"],
  items: demoProjects,
  clauseCap: {
    amount: benchmarkProjectParams.cap.value,
    param: "cap",
    label: L.perEnterpriseYearCap,
  },
  conditions: ({ item, params }) => [
    known(t("项目投资额", "project investment"), item.investment, [
      "artificialIntelligence.demoProjects[].investment",
    ]),
    toWin(
      t(
        `入选每年不超过 ${params.perYear.value} 个标杆型示范项目`,
        `selected among at most ${params.perYear.value} benchmark projects of the year`,
      ),
    ),
  ],
  amount: ({ item, params, received }) =>
    Calc.base(t("项目投资额", "project investment"), item.investment!)
      .rate(params.rate.value, params.rate.label)
      .cap(params.cap.value, params.cap.label)
      .lessReceived(
        received("artificial-intelligence/4-b", item.id),
        t("该项目已获本条补助", "already received for this project under this clause"),
      )
      .upTo(),
});

export const scenarioLabs = defineClause({
  id: "artificial-intelligence/4-c",
  outsideScope: t(
    "原文面向组建应用实验室的企业（应用方），不限于人工智能企业（解读约定第 13 条）",
    "The text is for enterprises building application labs (users), not only AI enterprises (readings rule 13)",
  ),
  policy: "artificial-intelligence",
  article: "三、（四）",
  page: 31,
  heading: "拓展智能应用场景",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: true,
  text: `支持企业组建“创新应用实验室”和“未来场景实验室”,开展新技术、新模式、新业态融合创新场景实测,对作用发挥好的场景实验室,鼓励区、县(市)和园区(平台)给予一定资金支持。${RESPONSIBLE}`,
  summary: t(
    "企业组建的“创新应用实验室”“未来场景实验室”作用发挥好的，鼓励区、县（市）和园区（平台）给予一定资金支持；金额未规定。",
    "Enterprise “innovation application labs” and “future scenario labs” that perform well: districts, counties and parks are encouraged to grant funding; amount not stated.",
  ),
  needs: t(
    "实验室组建与场景实测成效材料。支持由区、县（市）和园区给予、金额未规定，请向所在区、县（市）、园区及市经信局（牵头）咨询。",
    "Evidence of the lab and its scenario tests. The support is granted by districts and parks and its amount is not stated: ask your district or park and the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  params: {},
  reads: ["artificialIntelligence.scenarioLab"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.scenarioLab",
      t(
        "已组建“创新应用实验室”或“未来场景实验室”",
        "runs an “innovation application lab” or “future scenario lab”",
      ),
    ),
    toWin(t("场景实验室经评价作用发挥好", "the lab is assessed as performing well")),
  ],
});
