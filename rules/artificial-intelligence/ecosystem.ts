import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";

const PARAGRAPH =
  "对人工智能领域紧缺人才在杭州市高层次人才认定和专业技术职称评审上给予支持。支持有条件的企业申请国内外专利和研制技术标准,建设杭州人工智能专利数据库。发挥好“3+N”杭州产业基金集群投资引导作用,通过国有资本引导和撬动社会资本、金融资本重点投向人工智能产业。鼓励企业、科研院所和协会举办具有国际、国内影响力的人工智能论坛、展会等活动,对引进国际性、全国性重要论坛等活动,正式落户杭州的,按照有关政策给予一定资金支持。(责任单位:市经信局、市人力社保局、市市场监管局、市科技局、市地方金融监管局、市财政局、市国资委、市商务局)";

export const shortageTalent = defineClause({
  id: "artificial-intelligence/8-a",
  policy: "artificial-intelligence",
  article: "三、（八）",
  page: 32,
  heading: "优化产业发展生态",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: PARAGRAPH,
  summary: t(
    "人工智能领域紧缺人才在杭州市高层次人才认定和专业技术职称评审上给予支持。",
    "AI talent in short supply is supported in Hangzhou's high-level talent recognition and professional-title evaluation.",
  ),
  needs: t(
    "人才简历、岗位与紧缺领域说明；通过市经信局、市人力社保局的人才认定和职称评审渠道申报。",
    "The person's CV and role in a shortage field; apply through the talent-recognition and professional-title channels of the bureau and the Municipal Human Resources and Social Security Bureau.",
  ),
  params: {},
  reads: ["artificialIntelligence.shortageTalent"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.shortageTalent",
      t("引进或培养人工智能领域紧缺人才", "employs AI talent in short supply"),
    ),
  ],
});

export const importedForums = defineClause({
  id: "artificial-intelligence/8-b",
  policy: "artificial-intelligence",
  article: "三、（八）",
  page: 32,
  heading: "优化产业发展生态",
  leadDepartment: "市经信局",
  beneficiary: "organization",
  kind: "unspecified",
  requiresReview: false,
  text: "对引进国际性、全国性重要论坛等活动,正式落户杭州的,按照有关政策给予一定资金支持。(责任单位:市经信局、市人力社保局、市市场监管局、市科技局、市地方金融监管局、市财政局、市国资委、市商务局)",
  summary: t(
    "引进国际性、全国性重要论坛等活动并正式落户杭州的，按照有关政策给予一定资金支持；金额未规定。",
    "Bringing an important international or national forum (or similar event) to settle permanently in Hangzhou: funding under the relevant policies; amount not stated.",
  ),
  needs: t(
    "活动引进协议及正式落户杭州的证明。支持按有关政策执行、金额未规定，请向市经信局（牵头）咨询。",
    "The agreement bringing the event and proof it has settled in Hangzhou. The support follows other policies and its amount is not stated: ask the Municipal Bureau of Economy and Information Technology (the Municipal Bureau of Economy and Information Technology, lead).",
  ),
  readings: [
    t(
      "申请主体可以是企业、科研院所或协会；按活动主办方（社会组织）编码。",
      "The applicant may be an enterprise, institute or association; the clause is encoded for the event's organiser.",
    ),
  ],
  params: {},
  reads: ["artificialIntelligence.forumSettled"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "artificialIntelligence.forumSettled",
      t(
        "引进的国际性、全国性重要论坛等活动已正式落户杭州",
        "the international or national forum brought here has settled in Hangzhou",
      ),
    ),
  ],
});
