import { Calc } from "@/lib/engine/calc";
import { fact, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { BREEDING_STAGES, VARIETY_APPROVAL_LEVELS } from "@/lib/profile/sections/synthetic-biology";
import { breedingProducts, cropVarieties, lessReceived, READ } from "./shared";

const BP = "syntheticBiology.breedingProducts[]";
const CV = "syntheticBiology.cropVarieties[]";

/** The shared yearly cap of article 9 (9-a and 9-b together), applied as a cap group in index.ts. */
export const breedingYearlyCap = param.yuan(
  wan(300),
  t(
    "单个企业每年奖励额度上限（本条两项合计）",
    "cap per enterprise per year (both items of the article together)",
  ),
);

const SHARED_CAP = t(
  "“单个企业每年奖励额度最高不超过 300 万元”为第（九）条各项奖励合计的上限",
  "The CNY 3M yearly cap covers all awards of article 9 together",
);

const STAGE = {
  "productive-trial": t("进入生产性试验", "entered productive trials"),
  "biosafety-certificate": t("获得转基因生物安全证书", "GMO biosafety certificate"),
} as const;

/** (九) Bio-breeding products entering productive trials or obtaining a GMO biosafety certificate. */
export const breedingProductAward = defineClause({
  id: "synthetic-biology/9-a",
  policy: "synthetic-biology",
  article: "（九）",
  page: 39,
  heading: "鼓励生物育种产业发展",
  leadDepartment: "市农业农村局、市科技局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "(九)鼓励生物育种产业发展。支持生物育种前沿技术应用,对进入生产性试验、获得转基因生物安全证书的产品,每个产品分别给予最高 20 万元、50 万元奖励;",
  summary: t(
    "生物育种产品进入生产性试验、获得转基因生物安全证书的，每个产品分别最高奖励 20 万元、50 万元；与农作物新品种奖励合计每年最高 300 万元。",
    "Bio-breeding products entering productive trials / obtaining a GMO biosafety certificate: up to CNY 200k / 500k per product; with crop-variety awards at most CNY 3M a year.",
  ),
  needs: t(
    "生产性试验批复或转基因生物安全证书",
    "Approval of the productive trial or the GMO biosafety certificate",
  ),
  readings: [
    READ.maximumStandard,
    SHARED_CAP,
    t(
      "按较保守理解：同一产品先后达到两个阶段的，按已达到的最高阶段计奖，扣减本条已获的较低阶段奖励（不叠加；解读约定第 1、7 条）",
      "Conservative reading: a product reaching both stages gets the higher stage's award less what it already received under this clause (not both; readings rules 1 and 7)",
    ),
  ],
  params: {
    awardByStage: param.table(
      { "productive-trial": wan(20), "biosafety-certificate": wan(50) },
      t("每个产品奖励上限（按阶段）", "cap per product by stage"),
      {
        "productive-trial": t("进入生产性试验", "in productive trial"),
        "biosafety-certificate": t("取得生物安全证书", "biosafety certificate obtained"),
      },
    ),
    yearlyCap: breedingYearlyCap,
  },
  reads: [`${BP}.stage`],
  items: breedingProducts,
  conditions: ({ item }) => [
    oneOf(
      t(
        "进入生产性试验或获得转基因生物安全证书",
        "entered productive trials or obtained a GMO biosafety certificate",
      ),
      item.stage,
      BREEDING_STAGES,
      [`${BP}.stage`],
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.fixed(
        t(
          `每个产品奖励上限（${STAGE[item.stage!].zh}）`,
          `cap per product (${STAGE[item.stage!].en})`,
        ),
        params.awardByStage.value[item.stage!],
      ),
      received("synthetic-biology/9-a", item.id),
    ).upTo(),
});

const LEVEL = {
  national: t("国家审定", "national approval"),
  provincial: t("省级审定", "provincial approval"),
} as const;

/** (九) New crop varieties using synthetic-biology transgenic technology, approved nationally or provincially. */
export const cropVarietyAward = defineClause({
  id: "synthetic-biology/9-b",
  policy: "synthetic-biology",
  article: "（九）",
  page: 39,
  heading: "鼓励生物育种产业发展",
  leadDepartment: "市农业农村局、市科技局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对应用合成生物转基因技术并通过国家审定的农作物新品种,每个品种给予最高 60 万元奖励;对通过省级审定的农作物新品种,每个品种给予最高 30 万元奖励。单个企业每年奖励额度最高不超过 300 万元。(牵头部门:市农业农村局、市科技局)",
  summary: t(
    "应用合成生物转基因技术并通过国家审定的农作物新品种，每个品种最高 60 万元；通过省级审定的最高 30 万元；与生物育种产品奖励合计每年最高 300 万元。",
    "New crop varieties using synthetic-biology transgenic technology: up to CNY 600k per nationally approved variety, CNY 300k per provincially approved one; with breeding-product awards at most CNY 3M a year.",
  ),
  needs: t(
    "品种审定证书（国家或省级）、转基因技术应用说明",
    "Variety approval certificate (national or provincial) and description of the transgenic technology used",
  ),
  readings: [
    READ.maximumStandard,
    SHARED_CAP,
    t(
      "按较保守理解：省级审定品种同样须应用合成生物转基因技术；同一品种先后通过省级、国家审定的，按国家审定计奖并扣减本条已获的省级奖励",
      "Conservative reading: provincially approved varieties must also use synthetic-biology transgenic technology; a variety approved provincially and later nationally gets the national award less what it already received under this clause",
    ),
  ],
  params: {
    awardByLevel: param.table(
      { national: wan(60), provincial: wan(30) },
      t("每个品种奖励上限（按审定级别）", "cap per variety by approval level"),
      {
        national: t("国家级审定", "national approval"),
        provincial: t("省级审定", "provincial approval"),
      },
    ),
    yearlyCap: breedingYearlyCap,
  },
  reads: [`${CV}.usesSynbioTransgenic`, `${CV}.approvalLevel`],
  items: cropVarieties,
  conditions: ({ item }) => [
    fact(
      t("应用合成生物转基因技术", "uses synthetic-biology transgenic technology"),
      item.usesSynbioTransgenic,
      [`${CV}.usesSynbioTransgenic`],
    ),
    oneOf(
      t("通过国家或省级品种审定", "passed national or provincial variety approval"),
      item.approvalLevel,
      VARIETY_APPROVAL_LEVELS,
      [`${CV}.approvalLevel`],
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.fixed(
        t(
          `每个品种奖励上限（${LEVEL[item.approvalLevel!].zh}）`,
          `cap per variety (${LEVEL[item.approvalLevel!].en})`,
        ),
        params.awardByLevel.value[item.approvalLevel!],
      ),
      received("synthetic-biology/9-b", item.id),
    ).upTo(),
});
