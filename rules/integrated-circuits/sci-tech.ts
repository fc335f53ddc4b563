import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT, READ } from "./shared";

export const majorSciTechProjects = defineClause({
  id: "integrated-circuits/3",
  policy: "integrated-circuits",
  article: "三、（三）",
  page: 21,
  heading: "组织集成电路领域重大科技攻关",
  leadDepartment: DEPT.sciTech,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "(三)组织集成电路领域重大科技攻关。围绕集成电路核心器件、高端芯片、关键材料、核心设备、EDA工具等,开展市级重大科技攻关。鼓励企业牵头承担国家、省技术攻关任务,对获批国家、省重大项目的,按照有关政策给予支持。鼓励企业申报“中国芯”等行业奖项。[责任单位:市科技局、市经信局,有关区、县(市)政府]",
  summary: t(
    "牵头承担国家、省技术攻关任务并获批国家、省重大项目的企业：按照有关政策给予支持，金额未规定。",
    "Enterprises leading national or provincial technology tasks with an approved major project: supported under the relevant policies; amount not stated.",
  ),
  needs: t(
    "国家、省重大项目立项批复；支持标准按有关政策，向市科技局、市经信局咨询。",
    "The approval of the national or provincial major project; the support follows the relevant policies — ask the Municipal Science and Technology Bureau or the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [READ.viaDistricts],
  params: {},
  reads: ["integratedCircuits.majorProjectApproved"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.majorProjectApproved",
      t(
        "牵头承担国家、省技术攻关任务，获批国家、省重大项目",
        "leads a national or provincial task with an approved major project",
      ),
    ),
  ],
});

export const designCapacity = defineClause({
  id: "integrated-circuits/6",
  policy: "integrated-circuits",
  article: "三、（六）",
  page: 21,
  heading: "加强集成电路中小设计企业产能保障",
  leadDepartment: DEPT.districtsAndCity,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(六)加强集成电路中小设计企业产能保障。推动集成电路生产线和中试线开放产能,服务开展技术攻关中小设计企业的产能需求。依托省际协调机制和长三角协作机制,协调支持承担国家技术攻关任务的中小设计企业的产能需求。[责任单位:市经信局,有关区、县(市)政府]",
  summary: t(
    "开展技术攻关的集成电路中小设计企业：生产线和中试线开放产能；承担国家任务的经省际和长三角机制协调产能。",
    "Small and medium IC design enterprises working on breakthroughs get production and pilot-line capacity; national tasks get capacity coordinated regionally.",
  ),
  needs: t(
    "技术攻关任务和产能需求说明；向市经信局或属地政府提出。",
    "The technology task and the capacity needed; apply to the Municipal Bureau of Economy and Information Technology or the district.",
  ),
  params: {},
  reads: ["integratedCircuits.smallMediumDesignEnterprise", "integratedCircuits.techBreakthrough"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.smallMediumDesignEnterprise",
      t("集成电路中小设计企业", "a small or medium IC design enterprise"),
    ),
    answer(
      profile,
      "integratedCircuits.techBreakthrough",
      t(
        "开展技术攻关或承担国家技术攻关任务",
        "working on technology breakthroughs or national tasks",
      ),
    ),
  ],
});
