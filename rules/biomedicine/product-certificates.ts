import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, increase, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { L } from "../shared/labels";
import { yearLabel, yearText } from "../shared/years";
import {
  CERTIFICATE_CATEGORIES,
  READ,
  certifiedProducts,
  productFact,
  type CertificateCategory,
  type CertifiedProduct,
} from "./shared";

const CATEGORY_LABELS: Record<CertificateCategory, { zh: string; en: string }> = {
  "new-drug-1": t("1 类新药", "class-1 new drug"),
  "new-drug-2": t("2 类新药", "class-2 new drug"),
  "generic-etc": t(
    "3 类生物制品、古代经典名方中药复方制剂、3—5 类或通过一致性评价的化学仿制药",
    "class-3 biologic, classic-formula TCM, class 3–5 or consistency-evaluated chemical generic",
  ),
  "device-iii": t("3 类医疗器械", "class-III medical device"),
};

const CATEGORY_READING = t(
  "“3—5 类以及通过一致性评价的化学仿制药”理解为注册分类 3—5 类的化学药，以及其他通过一致性评价的化学仿制药；中药注册分类 3 类即古代经典名方中药复方制剂",
  "“3—5 类以及通过一致性评价的化学仿制药” is read as chemical drugs of registration classes 3–5 and other chemical generics that passed the consistency evaluation; TCM class 3 is the ancient-classic-formula compound",
);

const inCategory = (p: CertifiedProduct): Condition =>
  oneOf(
    t("属于本条列明的药械类别", "of a kind the clause lists"),
    p.category,
    CERTIFICATE_CATEGORIES,
    p.categoryFacts,
  );
const certified = (p: CertifiedProduct): Condition =>
  fact(t("获得国家药械注册证书", "national registration certificate obtained"), p.certificate, [
    p.certificateFact,
  ]);

const PRODUCT_READS = [
  "biomedicine.drugs[].drugType",
  "biomedicine.drugs[].registrationClass",
  "biomedicine.drugs[].consistencyEvaluationPassed",
  "biomedicine.drugs[].registrationCertificate",
  "biomedicine.devices[].deviceClass",
  "biomedicine.devices[].firstRegistrationCertificate",
] as const;

export const certificateAward = defineClause({
  id: "biomedicine/15-a",
  policy: "biomedicine",
  article: "（十五）",
  page: 5,
  heading: "提升产业化能力",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "(十五)提升产业化能力。获得国家药械注册证书并进行产业化的,1 类新药每个品种最高给予 500 万元奖励,2 类新药每个品种最高给予 300 万元奖励,3 类生物制品和古代经典名方中药复方制剂、3—5 类以及通过一致性评价的化学仿制药,每个品种最高给予 100 万元奖励;3 类医疗器械每个产品最高给予 50 万元奖励。",
  summary: t(
    "获得国家药械注册证书并产业化的：1 类新药每品种最高 500 万元，2 类新药最高 300 万元，3 类生物制品、古代经典名方中药复方制剂、3—5 类及通过一致性评价的化学仿制药最高 100 万元，3 类医疗器械每产品最高 50 万元。",
    "National registration certificate obtained and industrialised: up to CNY 5M per class-1 new drug, CNY 3M per class-2 new drug, CNY 1M per class-3 biologic, classic-formula TCM, class 3–5 or consistency-evaluated chemical generic, and CNY 500k per class-III device.",
  ),
  needs: t(
    "国家药品注册证书或医疗器械注册证、产业化（生产销售）证明",
    "The national drug or device registration certificate and evidence of industrialisation",
  ),
  readings: [
    CATEGORY_READING,
    t(
      "每个品种（产品）按获证奖励一次",
      "Each variety (product) is rewarded once for its certificate",
    ),
  ],
  params: {
    awardByCategory: param.table(
      {
        "new-drug-1": wan(500),
        "new-drug-2": wan(300),
        "generic-etc": wan(100),
        "device-iii": wan(50),
      },
      t("每个品种（产品）奖励上限", "award per variety (product), at most"),
      {
        "new-drug-1": t("1 类新药", "class-1 new drugs"),
        "new-drug-2": t("2 类新药", "class-2 new drugs"),
        "generic-etc": t(
          "3 类生物制品、古代经典名方中药复方制剂、3—5 类及通过一致性评价的化学仿制药",
          "class-3 biologics, classic-formula TCM, class 3–5 or consistency-evaluated chemical generics",
        ),
        "device-iii": t("三类医疗器械", "class-III devices"),
      },
    ),
  },
  reads: [
    ...PRODUCT_READS,
    "biomedicine.drugs[].licensedAndIndustrialised",
    "biomedicine.devices[].industrialised",
  ],
  items: certifiedProducts,
  exclusiveGroup: OVERLAP.productCertificate,
  conditions: ({ item }) => [
    inCategory(item),
    certified(item),
    fact(t("进行产业化", "industrialised"), item.industrialised, [item.industrialisedFact]),
  ],
  amount: ({ item, params }) => {
    const category = item.category as CertificateCategory;
    return Calc.fixed(CATEGORY_LABELS[category], params.awardByCategory.value[category]).upTo();
  },
});

const salesParams = {
  years: param.years(3, t("获证后年限", "years after certification")),
  increment: param.yuan(wan(1000), t("每增加新增销售额", "each increase in sales of")),
  perStep: param.yuan(wan(50), t("每档奖励", "award per step")),
  cap: param.yuan(wan(500), t("每家企业每年累计奖励上限", "cap per enterprise per year")),
};

export const localSalesGrowthAward = defineClause({
  id: "biomedicine/15-b",
  policy: "biomedicine",
  article: "（十五）",
  page: 5,
  heading: "提升产业化能力",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "产品获证后 3 年内本地化生产并形成销售的,按年度新增销售额,每增加 1000 万元给予 50 万元奖励,每家企业每年累计奖励额度不超过 500 万元。(牵头单位:市经信局,配合单位:市科技局、市财政局、市卫生健康委员会、市市场监管局)",
  summary: t(
    "产品获证后 3 年内本地化生产并形成销售的，按年度新增销售额每增加 1000 万元给予 50 万元奖励，每家企业每年最高 500 万元。",
    "Certified products made locally and sold within 3 years of certification: CNY 500k for each full CNY 10M of new annual sales, capped at CNY 5M per enterprise per year.",
  ),
  needs: t(
    "注册证书、本地生产证明、该产品本年度与上年度销售额（审计或开票数据）",
    "Registration certificate, proof of local production, the product's sales this year and last year",
  ),
  readings: [
    L.conservative(
      "仅限（十五）前句所列类别的获证药械；“获证后 3 年内”按获证当年起连续 3 个年度计（解读约定第 1 条）",
      "only certified products of the kinds listed in the first sentence of (十五); “within 3 years” covers the certificate's year and the next two (readings rule 1)",
    ),
    READ.newIsGrowth("该产品销售额", "sales of the product"),
    READ.wholeSteps,
    t(
      "按产品分别计算完整档数，再合计并适用每家企业每年 500 万元上限",
      "Full steps are counted per product, then added up under the CNY 5M per enterprise and year cap",
    ),
  ],
  params: salesParams,
  reads: [
    ...PRODUCT_READS,
    "biomedicine.drugs[].certificateYear",
    "biomedicine.drugs[].localProduction",
    "biomedicine.drugs[].salesCurrent",
    "biomedicine.drugs[].salesPrevious",
    "biomedicine.devices[].certificateYear",
    "biomedicine.devices[].localProduction",
    "biomedicine.devices[].salesCurrent",
    "biomedicine.devices[].salesPrevious",
  ],
  items: certifiedProducts,
  exclusiveGroup: OVERLAP.productSalesGrowth,
  clauseCap: { amount: salesParams.cap.value, param: "cap", label: salesParams.cap.label },
  conditions: ({ item, params, round }) => {
    const year = round.eventYear;
    const since = item.certificateYear === undefined ? undefined : year - item.certificateYear;
    const growth = increase(item.salesCurrent, item.salesPrevious);
    return [
      inCategory(item),
      certified(item),
      fact(
        t(
          `事项年度（${year} 年）在获证后 ${params.years.value} 年内`,
          `the event year (${year}) is within ${params.years.value} years of certification`,
        ),
        since === undefined ? undefined : since >= 0 && since < params.years.value,
        [productFact(item, "certificateYear")],
      ),
      fact(t("本地化生产", "produced locally"), item.localProduction, [
        productFact(item, "localProduction"),
      ]),
      atLeast(
        yearText(
          year,
          "{y} 年销售额较 {y-1} 年新增达到 1000 万元",
          "new sales of at least CNY 10M {y-1} → {y}",
        ),
        growth,
        params.increment.value,
        {
          facts: [productFact(item, "salesCurrent"), productFact(item, "salesPrevious")],
        },
      ),
    ];
  },
  amount: ({ item, params, round }) =>
    Calc.base(yearLabel(round.eventYear, 0, "销售额", "sales"), item.salesCurrent!)
      .minus(item.salesPrevious!, yearLabel(round.eventYear, -1, "销售额", "sales"))
      .perFullStep(params.increment.value, params.perStep.value)
      .exactly(),
});
