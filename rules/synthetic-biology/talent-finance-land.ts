import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";
import { answer } from "../shared/answers";

const inSynbio = (profile: EventProfile) =>
  answer(
    profile,
    "syntheticBiology.inSyntheticBiology",
    t(
      "从事合成生物相关领域研发、生产、服务等生产经营活动",
      "engaged in synthetic-biology R&D, production or services",
    ),
  );

/** (十五) Recruiting and evaluating synthetic-biology talent. */
export const talentRecruitment = defineClause({
  id: "synthetic-biology/15-a",
  policy: "synthetic-biology",
  article: "（十五）",
  page: 40,
  heading: "健全人才保障机制",
  leadDepartment: "市委人才办、市经信局、市人力社保局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(十五)健全人才保障机制。建立完善多层次合成生物产业人才培养体系,通过申报国家和省、市级人才计划、定期组织举办专场招聘活动等方式支持企业招引合成生物学相关领域高端人才,鼓励企业与高校院所联合培养具备产业级研发能力的高端人才,评选合成生物产业领域工程技术领军人才,授权符合条件的企业开展人才自主评价,打造一支面向产业端的卓越工程师队伍。",
  summary: t(
    "支持合成生物企业通过人才计划、专场招聘等招引高端人才，评选工程技术领军人才，授权符合条件的企业开展人才自主评价。",
    "Synthetic-biology enterprises are helped to recruit high-end talent (talent plans, job fairs); leading engineering talents are selected; qualified enterprises may evaluate talent themselves.",
  ),
  needs: t(
    "向市委人才办、市经信局、市人力社保局了解人才计划申报与自主评价授权",
    "Ask the Talent Office, the Economy and Information Technology Bureau or the Human Resources Bureau about talent plans and self-evaluation",
  ),
  params: {},
  reads: ["syntheticBiology.inSyntheticBiology"],
  conditions: ({ profile }) => [inSynbio(profile)],
});

/** (十五) Existing guarantees for high-level talent. */
export const talentGuarantees = defineClause({
  id: "synthetic-biology/15-b",
  policy: "synthetic-biology",
  article: "（十五）",
  page: 41,
  heading: "健全人才保障机制",
  leadDepartment: "市委人才办、市经信局、市人力社保局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "落实高层次人才在人才落户、住房保障、医疗保健、子女教育等方面的保障政策。(牵头单位:市委人才办、市经信局、市人力社保局)",
  summary: t(
    "合成生物企业的高层次人才享受人才落户、住房保障、医疗保健、子女教育等保障政策。",
    "High-level talent of synthetic-biology enterprises receives the guarantees for household registration, housing, healthcare and children's education.",
  ),
  needs: t(
    "高层次人才认定；向市委人才办、市人力社保局咨询",
    "Recognition as high-level talent; ask the Talent Office or the Human Resources Bureau",
  ),
  params: {},
  reads: ["syntheticBiology.inSyntheticBiology", "syntheticBiology.highLevelTalent"],
  conditions: ({ profile }) => [
    inSynbio(profile),
    answer(
      profile,
      "syntheticBiology.highLevelTalent",
      t("拥有或引进高层次人才", "employs or recruits high-level talent"),
    ),
  ],
});

/** (十六) Reduced guarantee fees and fund investment: the size of the support is not stated. */
export const guaranteeAndFunds = defineClause({
  id: "synthetic-biology/16",
  policy: "synthetic-biology",
  article: "（十六）",
  page: 41,
  heading: "加强基金和融资担保支持",
  leadDepartment: "市国资委、市财政局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "(十六)加强基金和融资担保支持。支持杭州科创基金通过创业投资引导基金、天使引导基金、科技成果转化基金等专项引导基金,加大对合成生物产业的投资力度,发挥政府产业基金投资引导作用和市融资担保集团融资增信功能,通过市区联动、基金赋能、降低保费,重点支持合成生物产业链上下游企业提高应用研发能力、新产品的生物制造能力等,完善合成生物产业发展金融支持体系。(牵头单位:市国资委、市财政局)",
  summary: t(
    "市融资担保集团通过市区联动、基金赋能、降低保费，为合成生物产业链上下游企业提供融资增信，降费幅度未规定。",
    "The city financing-guarantee group offers credit enhancement at reduced guarantee fees to enterprises along the synthetic-biology chain; the size of the reduction is not stated.",
  ),
  needs: t(
    "降费幅度未明确：请向市国资委、市财政局或市融资担保集团咨询",
    "The fee reduction is not stated: ask the State-owned Assets Commission, the Finance Bureau or the city financing-guarantee group",
  ),
  readings: [
    t(
      "杭州科创基金加大投资的表述未规定条件和额度，不作为单独可申请的事项",
      "The statement that the Hangzhou sci-tech fund will invest more gives no terms and is not a separately claimable benefit",
    ),
  ],
  params: {},
  reads: ["syntheticBiology.inSyntheticBiology"],
  conditions: ({ profile }) => [inSynbio(profile)],
});

/** (十八) Priority land for key synthetic-biology enterprises. */
export const landPriority = defineClause({
  id: "synthetic-biology/18-a",
  policy: "synthetic-biology",
  article: "（十八）",
  page: 41,
  heading: "加强合成生物产业要素保障",
  leadDepartment: "市规划和自然资源局、市生态环境局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "(十八)加强合成生物产业要素保障。合成生物重点发展区负责对每年的产业用地指标和产业用房指标予以量化,市级对合成生物重点企业的用地需求予以优先保障。",
  summary: t(
    "合成生物重点企业的用地需求，市级予以优先保障。",
    "Land needs of key synthetic-biology enterprises get priority at city level.",
  ),
  needs: t(
    "向市规划和自然资源局及所在重点发展区了解重点企业用地保障",
    "Ask the Planning and Natural Resources Bureau and the district about land for key enterprises",
  ),
  params: {},
  reads: ["syntheticBiology.keyEnterprise"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "syntheticBiology.keyEnterprise",
      t("合成生物重点企业", "a key synthetic-biology enterprise"),
    ),
  ],
});

/** (十八) Simplified environmental-impact assessment in recognised specialty parks. */
export const parkEiaFastTrack = defineClause({
  id: "synthetic-biology/18-b",
  policy: "synthetic-biology",
  article: "（十八）",
  page: 41,
  heading: "加强合成生物产业要素保障",
  leadDepartment: "市规划和自然资源局、市生态环境局",
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "对经认定的合成生物特色园区,加快推动规划环评与项目环评联动,依法简化环评办理流程。(牵头单位:市规划和自然资源局、市生态环境局)",
  summary: t(
    "经认定的合成生物特色园区内，推动规划环评与项目环评联动，依法简化环评办理流程。",
    "In recognised synthetic-biology specialty parks, planning and project EIAs are linked and EIA procedures simplified.",
  ),
  needs: t(
    "向市生态环境局了解园区内项目环评简化办理",
    "Ask the Ecology and Environment Bureau about simplified EIAs in the park",
  ),
  params: {},
  reads: ["syntheticBiology.inRecognisedPark"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "syntheticBiology.inRecognisedPark",
      t("位于经认定的合成生物特色园区", "located in a recognised synthetic-biology specialty park"),
    ),
  ],
});
