import { Calc } from "@/lib/engine/calc";
import { atLeast, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import { highestTierReached } from "@/lib/engine/tiers";
import type { AmountOutcome, ClauseContext, Condition, Tier } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { OVERLAP } from "../shared/overlap-groups";
import { yearLabel } from "../shared/years";
import type { FlagOf } from "../shared/answers";
import { READ, lessReceived } from "./shared";

const WARD_TEXT =
  "(八)加强临床研究成果转化激励。对经认定的研究型病房可不纳入医院平均住院日、床位周转次数、病床使用率、DRGs临床绩效体系等考核。";
const TRIAL_TEXT =
  "(十一)鼓励开展药物临床试验服务。对于获得药物临床试验资质的医疗机构,每年为本市企业提供临床试验服务项目达到 5、15、30 项以上的,分别给予牵头单位最高不超过 100 万元、200 万元、300 万元的资助,分别给予参与单位最高不超过 50 万元、100 万元、150 万元的资助。";

type Institution = NonNullable<NonNullable<EventProfile["biomedicine"]>["medicalInstitution"]>;

/** The reads and conditions of a clause that asks one yes/no answer of the medical institution. */
function institutionAnswer(field: FlagOf<Institution>, label: Text) {
  const facts = [`biomedicine.medicalInstitution.${field}`] as const;
  return {
    reads: facts,
    conditions: ({ profile }: { readonly profile: EventProfile }): Condition[] => [
      fact(label, profile.biomedicine?.medicalInstitution?.[field], facts),
    ],
  };
}

export const researchWardExemption = defineClause({
  id: "biomedicine/8-a",
  policy: "biomedicine",
  article: "（八）",
  page: 4,
  heading: "加强临床研究成果转化激励",
  leadDepartment: "市卫生健康委员会、市人力社保局",
  beneficiary: "medical-institution",
  kind: "non-monetary",
  requiresReview: false,
  text: WARD_TEXT,
  summary: t(
    "经认定的研究型病房可不纳入医院平均住院日、床位周转次数、病床使用率、DRGs 临床绩效体系等考核。",
    "Recognised research wards may be left out of the hospital's length-of-stay, bed-turnover, occupancy and DRGs performance assessments.",
  ),
  needs: t(
    "研究型病房认定文件；向市卫生健康委员会申请",
    "Research-ward recognition; apply to the Municipal Health Commission",
  ),
  params: {},
  ...institutionAnswer(
    "researchWardRecognised",
    t("设有经认定的研究型病房", "has a recognised research ward"),
  ),
});

export const gcpProjectRecognition = defineClause({
  id: "biomedicine/8-b",
  policy: "biomedicine",
  article: "（八）",
  page: 4,
  heading: "加强临床研究成果转化激励",
  leadDepartment: "市卫生健康委员会、市人力社保局",
  beneficiary: "medical-institution",
  kind: "non-monetary",
  requiresReview: false,
  text: "GCP项目按不同来源和规模视同相应级别的科研项目,纳入主要研究者和直接参加研究者的绩效工资、职称晋升、岗位聘用等管理。",
  summary: t(
    "GCP 项目按来源和规模视同相应级别的科研项目，纳入主要研究者和直接参加研究者的绩效工资、职称晋升、岗位聘用等管理。",
    "GCP projects count as research projects of the corresponding level for the investigators' performance pay, promotion and appointment.",
  ),
  needs: t(
    "GCP 项目合同与立项材料；向市卫生健康委员会、市人力社保局咨询",
    "GCP project contracts; ask the Municipal Health Commission and the Municipal Human Resources and Social Security Bureau",
  ),
  params: {},
  ...institutionAnswer("gcpProjects", t("承担 GCP 项目", "runs GCP projects")),
});

export const bigPiFunding = defineClause({
  id: "biomedicine/8-c",
  policy: "biomedicine",
  article: "（八）",
  page: 4,
  heading: "加强临床研究成果转化激励",
  leadDepartment: "市卫生健康委员会、市人力社保局",
  beneficiary: "medical-institution",
  kind: "up-to",
  requiresReview: false,
  text: "支持三级公立医院探索建立临床研究“大PI”计划,对引入的“大PI”按最高不超过 1500 万元予以资助。(牵头单位:市卫生健康委员会、市人力社保局,配合单位:市科技局、市财政局、市医疗保障局)",
  summary: t(
    "三级公立医院建立临床研究“大PI”计划的，对引入的“大PI”予以资助，最高 1500 万元。",
    "Tertiary public hospitals running a clinical-research “big PI” programme: funding for the big PI brought in, up to CNY 15M.",
  ),
  needs: t(
    "“大PI”计划方案及引进人员材料；向市卫生健康委员会申请",
    "The big-PI programme and the recruit's file; apply to the Municipal Health Commission",
  ),
  readings: [
    READ.capOnce("1500 万元按单家医院（而非每名“大PI”）", "CNY 15M per hospital (not per big PI)"),
    READ.notForEnterprises,
  ],
  params: {
    cap: param.yuan(wan(1500), t("资助上限", "funding cap")),
  },
  reads: [
    "biomedicine.medicalInstitution.tertiaryPublicHospital",
    "biomedicine.medicalInstitution.bigPiIntroduced",
  ],
  conditions: ({ profile }) => [
    fact(
      t("三级公立医院", "a tertiary public hospital"),
      profile.biomedicine?.medicalInstitution?.tertiaryPublicHospital,
      ["biomedicine.medicalInstitution.tertiaryPublicHospital"],
    ),
    fact(
      t("建立“大PI”计划并已引入“大PI”", "runs a big-PI programme and has brought in a big PI"),
      profile.biomedicine?.medicalInstitution?.bigPiIntroduced,
      ["biomedicine.medicalInstitution.bigPiIntroduced"],
    ),
  ],
  amount: ({ params, received }) =>
    lessReceived(
      Calc.fixed(params.cap.label, params.cap.value),
      received("biomedicine/8-c"),
    ).upTo(),
});

export const allianceFunding = defineClause({
  id: "biomedicine/10",
  policy: "biomedicine",
  article: "（十）",
  page: 4,
  heading: "探索成立生物医药产业联盟和专业临床研究联盟",
  leadDepartment: "市经信局、市卫生健康委员会",
  beneficiary: "organization",
  kind: "up-to",
  requiresReview: false,
  text: "(十)探索成立生物医药产业联盟和专业临床研究联盟。成立联合产业链上下游的生物医药产业联盟和专业药物/医疗器械临床研究联盟,组织开展技术创新协作、临床研究服务、政策法规培训、高端展会等活动,支持联盟等社会组织发展,给予单个组织最高不超过 200 万元资助。(牵头单位:市经信局、市卫生健康委员会,配合单位:市财政局、市市场监管局)",
  summary: t(
    "生物医药产业联盟、专业药物/医疗器械临床研究联盟等社会组织开展技术创新协作、临床研究服务、培训、展会等活动的，给予单个组织最高 200 万元资助。",
    "Biomedicine industry alliances and drug/device clinical-research alliances running cooperation, services, training or exhibitions: up to CNY 2M per organisation.",
  ),
  needs: t(
    "联盟登记证书、章程及年度活动材料；向市经信局、市卫生健康委员会申请",
    "Registration, charter and activity records of the alliance; apply to the Municipal Bureau of Economy and Information Technology or the Municipal Health Commission",
  ),
  readings: [READ.capOnce("200 万元按单个组织", "CNY 2M per organisation"), READ.notForEnterprises],
  params: {
    cap: param.yuan(wan(200), t("单个组织资助上限", "cap per organisation")),
  },
  reads: ["biomedicine.alliance.biomedicineAlliance", "biomedicine.alliance.runsActivities"],
  conditions: ({ profile }) => [
    fact(
      t(
        "生物医药产业联盟或专业药物/医疗器械临床研究联盟等社会组织",
        "a biomedicine industry or clinical-research alliance",
      ),
      profile.biomedicine?.alliance?.biomedicineAlliance,
      ["biomedicine.alliance.biomedicineAlliance"],
    ),
    fact(
      t(
        "组织开展技术创新协作、临床研究服务、政策法规培训、高端展会等活动",
        "runs cooperation, services, training or exhibitions",
      ),
      profile.biomedicine?.alliance?.runsActivities,
      ["biomedicine.alliance.runsActivities"],
    ),
  ],
  amount: ({ params, received }) =>
    lessReceived(Calc.fixed(params.cap.label, params.cap.value), received("biomedicine/10")).upTo(),
});

const tierAward = (count: number, tiers: readonly Tier[]): AmountOutcome => {
  const tier = highestTierReached(count, tiers)!;
  return Calc.fixed(tier.label, tier.amount).upTo();
};

const TRIAL_READINGS = [
  t(
    "项目数按本年度为本市企业提供的临床试验服务项目计，各档不累加，按达到的最高档",
    "Projects are those for Hangzhou enterprises in the year; tiers are alternatives, the highest reached applies",
  ),
  t(
    "按较保守理解：作为牵头单位和参与单位的项目分别计数，同一机构同一年度只按其中较高的一项资助（解读约定第 1 条）",
    "Conservative reading: projects as lead unit and as participating unit are counted separately, and an institution is paid once a year, under the better of the two (readings rule 1)",
  ),
  READ.notForEnterprises,
];

const tiers = (t1: number, t2: number, t3: number, role: string, roleEn: string) =>
  param.tiers(
    [
      {
        threshold: 5,
        amount: wan(t1),
        label: t(`${role}，达到 5 项以上`, `${roleEn}, 5 projects or more`),
      },
      {
        threshold: 15,
        amount: wan(t2),
        label: t(`${role}，达到 15 项以上`, `${roleEn}, 15 projects or more`),
      },
      {
        threshold: 30,
        amount: wan(t3),
        label: t(`${role}，达到 30 项以上`, `${roleEn}, 30 projects or more`),
      },
    ],
    t(`${role}资助档次`, `${roleEn} tiers`),
  );

const QUALIFIED = t("获得药物临床试验资质", "qualified for drug clinical trials");
const QUALIFIED_FACTS = ["biomedicine.medicalInstitution.drugTrialQualified"] as const;

/**
 * 11-a and 11-b: an institution qualified for drug trials, counting the year's projects in one
 * role (`field`), is paid the highest tier it reaches.
 */
/** The clauses' rules; `count` is the condition without its year: "作为牵头单位…达到 5 项". */
function trialService(
  field: "leadTrialProjects" | "participatingTrialProjects",
  count: readonly [zh: string, en: string],
) {
  const countFacts = {
    facts: [`biomedicine.medicalInstitution.${field}`] as const,
    unit: "count" as const,
  };
  type Ctx = ClauseContext<EventProfile, { tiers: ReturnType<typeof tiers> }>;
  return {
    reads: [...QUALIFIED_FACTS, ...countFacts.facts],
    conditions: ({ profile, params, round }: Ctx): Condition[] => {
      const institution = profile.biomedicine?.medicalInstitution;
      const countLabel = yearLabel(round.eventYear, 0, ...count);
      return [
        fact(QUALIFIED, institution?.drugTrialQualified, QUALIFIED_FACTS),
        atLeast(countLabel, institution?.[field], params.tiers.value[0]!.threshold, countFacts),
      ];
    },
    amount: ({ profile, params }: Ctx): AmountOutcome =>
      tierAward(profile.biomedicine!.medicalInstitution![field]!, params.tiers.value),
  };
}

export const leadTrialService = defineClause({
  id: "biomedicine/11-a",
  policy: "biomedicine",
  article: "（十一）",
  page: 4,
  heading: "鼓励开展药物临床试验服务",
  leadDepartment: "市卫生健康委员会、市经信局",
  beneficiary: "medical-institution",
  kind: "fixed",
  requiresReview: false,
  text: TRIAL_TEXT,
  summary: t(
    "具备药物临床试验资质的医疗机构每年为本市企业提供临床试验服务项目达到 5、15、30 项以上的，给予牵头单位最高 100、200、300 万元资助。",
    "Institutions qualified for drug trials serving Hangzhou enterprises in 5 / 15 / 30 or more projects a year: the lead unit receives up to CNY 1M / 2M / 3M.",
  ),
  needs: t(
    "药物临床试验机构备案、年度为本市企业开展的临床试验项目清单（注明牵头）",
    "Trial-site filing and the year's list of trials for Hangzhou enterprises, lead role marked",
  ),
  readings: TRIAL_READINGS,
  params: { tiers: tiers(100, 200, 300, "牵头单位", "lead unit") },
  exclusiveGroup: OVERLAP.clinicalTrialService,
  ...trialService("leadTrialProjects", [
    "作为牵头单位为本市企业提供临床试验服务项目达到 5 项",
    "5 or more trial projects for Hangzhou enterprises as lead unit in",
  ]),
});

export const participatingTrialService = defineClause({
  id: "biomedicine/11-b",
  policy: "biomedicine",
  article: "（十一）",
  page: 4,
  heading: "鼓励开展药物临床试验服务",
  leadDepartment: "市卫生健康委员会、市经信局",
  beneficiary: "medical-institution",
  kind: "fixed",
  requiresReview: false,
  text: TRIAL_TEXT,
  summary: t(
    "具备药物临床试验资质的医疗机构每年为本市企业提供临床试验服务项目达到 5、15、30 项以上的，给予参与单位最高 50、100、150 万元资助。",
    "Institutions qualified for drug trials serving Hangzhou enterprises in 5 / 15 / 30 or more projects a year: a participating unit receives up to CNY 500k / 1M / 1.5M.",
  ),
  needs: t(
    "药物临床试验机构备案、年度为本市企业开展的临床试验项目清单（注明参与）",
    "Trial-site filing and the year's list of trials for Hangzhou enterprises, participating role marked",
  ),
  readings: TRIAL_READINGS,
  params: { tiers: tiers(50, 100, 150, "参与单位", "participating unit") },
  exclusiveGroup: OVERLAP.clinicalTrialService,
  ...trialService("participatingTrialProjects", [
    "作为参与单位为本市企业提供临床试验服务项目达到 5 项",
    "5 or more trial projects for Hangzhou enterprises as participating unit in",
  ]),
});

export const ldtPilot = defineClause({
  id: "biomedicine/11-c",
  policy: "biomedicine",
  article: "（十一）",
  page: 5,
  heading: "鼓励开展药物临床试验服务",
  leadDepartment: "市卫生健康委员会、市经信局",
  beneficiary: "medical-institution",
  kind: "non-monetary",
  requiresReview: false,
  text: "积极支持实验室自建检测方法(LDT)试点,有条件允许LDT项目服务于临床推广。(牵头单位:市卫生健康委员会、市经信局,配合单位:市财政局)",
  summary: t(
    "支持实验室自建检测方法（LDT）试点，有条件允许 LDT 项目服务于临床推广。",
    "Laboratory-developed test (LDT) pilots are supported and, where conditions allow, may serve clinical practice.",
  ),
  needs: t(
    "LDT 试点方案；向市卫生健康委员会咨询",
    "An LDT pilot plan; ask the Municipal Health Commission",
  ),
  params: {},
  ...institutionAnswer("ldtPilot", t("开展实验室自建检测方法（LDT）试点", "runs an LDT pilot")),
});
