import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, grew, increase, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { AESTHETIC_CATEGORIES } from "@/lib/profile/sections/synthetic-biology";
import { aestheticProducts, lessReceived, READ, type AestheticProduct } from "./shared";
import { OVERLAP } from "../shared/overlap-groups";
import { increaseLabel, yearText } from "../shared/years";

const P = "syntheticBiology.aestheticProducts[]";

const CATEGORY = {
  drug: t("医疗美容药品", "medical-aesthetic drug"),
  "device-iii": t("三类医疗美容器械", "class-III medical-aesthetic device"),
  "device-ii": t("二类医疗美容器械", "class-II medical-aesthetic device"),
} as const;

/** (七) Registration certificate of a medical-aesthetic drug or device, industrialised. */
export const aestheticCertificates = defineClause({
  id: "synthetic-biology/7-a",
  policy: "synthetic-biology",
  article: "（七）",
  page: 39,
  heading: "支持生物类医疗美容产品产业化",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "(七)支持生物类医疗美容产品产业化。积极发展肉毒杆菌素、重组人表皮生长因子、重组Ⅲ型人源化胶原蛋白冻干纤维、透明质酸医用修复敷料等医疗美容药械。对获得国家药械注册证书并进行产业化的,医疗美容药品每个品种给予最高 500 万元奖励,三类医疗美容器械每个品种给予最高 100 万元奖励,二类医疗美容器械每个品种给予最高 50 万元奖励。",
  summary: t(
    "医疗美容药械获得国家药械注册证书并产业化的，药品每个品种最高 500 万元，三类器械最高 100 万元，二类器械最高 50 万元。",
    "Medical-aesthetic drugs and devices with a national registration certificate, industrialised: up to CNY 5M per drug, CNY 1M per class-III device and CNY 500k per class-II device.",
  ),
  needs: t(
    "国家药品或医疗器械注册证书、产业化（生产销售）证明",
    "National drug or device registration certificate and evidence of industrialisation",
  ),
  readings: [READ.maximumStandard, READ.oncePerItem],
  params: {
    capByCategory: param.table(
      { drug: wan(500), "device-iii": wan(100), "device-ii": wan(50) },
      t("每个品种奖励上限（按类别）", "cap per variety by category"),
      {
        drug: t("医疗美容药品", "medical-aesthetic drugs"),
        "device-iii": t("三类医疗美容器械", "class-III medical-aesthetic devices"),
        "device-ii": t("二类医疗美容器械", "class-II medical-aesthetic devices"),
      },
    ),
  },
  reads: [`${P}.category`, `${P}.certified`, `${P}.industrialised`],
  items: aestheticProducts,
  exclusiveGroup: OVERLAP.productCertificate,
  conditions: ({ item }) => [
    oneOf(
      t("医疗美容药品或二类、三类医疗美容器械", "a medical-aesthetic drug or class-II/III device"),
      item.category,
      AESTHETIC_CATEGORIES,
      [`${P}.category`],
    ),
    fact(t("获得国家药械注册证书", "national registration certificate obtained"), item.certified, [
      `${P}.certified`,
    ]),
    fact(t("已进行产业化", "industrialised"), item.industrialised, [`${P}.industrialised`]),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.fixed(
        t(
          `每个品种奖励上限（${CATEGORY[item.category!].zh}）`,
          `cap per variety (${CATEGORY[item.category!].en})`,
        ),
        params.capByCategory.value[item.category!],
      ),
      received("synthetic-biology/7-a", item.id),
    ).upTo(),
});

/** Sales of a year; a year before certification counts as nothing sold when left blank. */
function salesOf(item: AestheticProduct, reportingYear: number, year: number): number | undefined {
  const byOffset = [item.salesCurrent, item.salesPrevious, item.salesTwoYearsAgo];
  const value = byOffset[reportingYear - year];
  if (value != null) return value;
  return item.certificateYear != null && year < item.certificateYear ? 0 : undefined;
}

/** 获证后 3 年内: the reporting year is the certification year or one of the two after it. */
function withinYears(
  item: AestheticProduct,
  reportingYear: number | undefined,
  years: number,
): Condition {
  const label =
    reportingYear == null
      ? t(
          `获证后 ${years} 年内（获证当年及其后 ${years - 1} 个年度）`,
          `within ${years} years of certification (the certification year and the ${years - 1} after)`,
        )
      : t(
          `${reportingYear} 年在获证后 ${years} 年内（获证当年及其后 ${years - 1} 个年度）`,
          `${reportingYear} is within ${years} years of certification (the certification year and the ${years - 1} after)`,
        );
  const facts = [`${P}.certificateYear`] as const;
  if (item.certificateYear == null || reportingYear == null)
    return { label, status: "unknown", facts };
  const offset = reportingYear - item.certificateYear;
  return { label, status: offset >= 0 && offset < years ? "met" : "unmet", facts };
}

/**
 * 在每年保持增长的基础上: this year grew on last year and, when last year was itself a year after
 * certification, last year grew on the year before.
 */
function growthEveryYear(item: AestheticProduct, reportingYear: number | undefined): Condition[] {
  const facts = [
    `${P}.salesCurrent`,
    `${P}.salesPrevious`,
    `${P}.salesTwoYearsAgo`,
    `${P}.certificateYear`,
  ] as const;
  if (reportingYear == null) return [];
  const out = [
    grew(
      yearText(reportingYear, "{y} 年销售额较 {y-1} 年增长", "sales grew {y-1} → {y}"),
      item.salesCurrent,
      salesOf(item, reportingYear, reportingYear - 1),
      facts,
    ),
  ];
  if (item.certificateYear != null && reportingYear - 1 > item.certificateYear) {
    out.push(
      grew(
        yearText(
          reportingYear,
          "{y-1} 年销售额较 {y-2} 年增长（每年保持增长）",
          "sales grew {y-2} → {y-1} (growth every year)",
        ),
        item.salesPrevious,
        salesOf(item, reportingYear, reportingYear - 2),
        facts,
      ),
    );
  }
  return out;
}

const growthParams = {
  step: param.yuan(wan(1000), t("年度新增销售额每增加", "per increase in yearly sales of")),
  perStep: param.yuan(wan(50), t("每档奖励（不高于）", "reward per step, at most")),
  years: param.years(3, t("获证后年限", "years after certification")),
  yearlyCap: param.yuan(
    wan(500),
    t("单个企业每年累计奖励上限", "cumulative cap per enterprise per year"),
  ),
};

/** (七) Incremental sales of certified medical-aesthetic products within 3 years of certification. */
export const aestheticSalesGrowth = defineClause({
  id: "synthetic-biology/7-b",
  policy: "synthetic-biology",
  article: "（七）",
  page: 39,
  heading: "支持生物类医疗美容产品产业化",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "产品获证后 3 年内生产并形成销售的,在每年保持增长的基础上,按年度新增销售额,每增加 1000 万元给予不高于 50万元奖励,单个企业每年累计奖励金额最高不超过 500 万元。(牵头单位:市经信局)",
  summary: t(
    "医疗美容产品获证后 3 年内生产并形成销售、每年保持增长的，按年度新增销售额每增加 1000 万元给予不高于 50 万元奖励，单个企业每年最高 500 万元。",
    "Certified medical-aesthetic products produced and sold within 3 years of certification, with sales growing every year: up to CNY 500k per CNY 10M of new yearly sales, at most CNY 5M per enterprise a year.",
  ),
  needs: t(
    "注册证书（获证日期）、近三年分品种销售额（审计或开票数据）",
    "Registration certificate (date) and sales of the product in the last three years",
  ),
  readings: [
    READ.maximumStandard,
    READ.wholeSteps,
    t(
      "“新增销售额” = 本年度销售额 − 上年度销售额（解读约定第 4 条）",
      "“新增销售额” = this year's sales − last year's (readings rule 4)",
    ),
    t(
      "按较保守理解：“获证后 3 年内”按获证当年及其后两个年度计；“每年保持增长”要求获证后每个年度的销售额都高于上一年度（解读约定第 5 条），获证前年度未填写的销售额按 0 计",
      "Conservative reading: “within 3 years” counts the certification year and the two after it; “growing every year” requires each year since certification to exceed the year before (readings rule 5); years before certification left blank count as no sales",
    ),
  ],
  params: growthParams,
  reads: [
    `${P}.certified`,
    `${P}.certificateYear`,
    `${P}.industrialised`,
    `${P}.salesCurrent`,
    `${P}.salesPrevious`,
    `${P}.salesTwoYearsAgo`,
  ],
  items: aestheticProducts,
  exclusiveGroup: OVERLAP.productSalesGrowth,
  clauseCap: {
    amount: growthParams.yearlyCap.value,
    param: "yearlyCap",
    label: growthParams.yearlyCap.label,
  },
  conditions: ({ item, round, params }) => {
    const year = round.eventYear;
    const previous = year == null ? undefined : salesOf(item, year, year - 1);
    return [
      fact(
        t("获得国家药械注册证书", "national registration certificate obtained"),
        item.certified,
        [`${P}.certified`],
      ),
      fact(t("已生产并形成销售", "produced and sold"), item.industrialised, [
        `${P}.industrialised`,
      ]),
      withinYears(item, year, params.years.value),
      ...growthEveryYear(item, year),
      atLeast(
        yearText(
          year,
          "{y} 年较 {y-1} 年新增销售额满 1000 万元",
          "new sales {y-1} → {y} reach CNY 10M",
        ),
        increase(item.salesCurrent, previous),
        params.step.value,
        { facts: [`${P}.salesCurrent`, `${P}.salesPrevious`] },
      ),
    ];
  },
  amount: ({ item, round, params }) => {
    const year = round.eventYear;
    const increase = item.salesCurrent! - salesOf(item, year, year - 1)!;
    return Calc.base(increaseLabel(year, "新增销售额", "new sales"), increase)
      .perFullStep(params.step.value, params.perStep.value)
      .upTo();
  },
});
