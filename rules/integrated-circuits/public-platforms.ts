import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known, listIncludes } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { OVERLAP } from "../shared/overlap-groups";
import { fixedRate } from "../shared/readings";
import { platforms, type Platform } from "../shared/items";
import { CEILING, ceilingConditions, PLATFORM_CEILING_READING } from "./ceiling-param";
import { DEPT, READ } from "./shared";

const common = {
  policy: "integrated-circuits",
  article: "三、（十三）",
  page: 22,
  heading: "支持公共平台建设",
  leadDepartment: DEPT.districtsAndCity,
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  items: platforms,
} as const;

const constructionParams = {
  threshold: param.yuan(
    yi(5),
    t("实际建设投入门槛（以上）", "actual construction investment, at least"),
  ),
  rate: param.rate(percent(6), t("补助比例（按投资额）", "share of the investment")),
  cap: param.yuan(wan(5000), t("最高补助", "cap")),
  ceiling: CEILING,
};

export const techPlatformConstruction = defineClause<Platform, typeof constructionParams>({
  ...common,
  id: "integrated-circuits/13-a",
  text: "(十三)支持公共平台建设。对提供EDA工具和IP核、设计解决方案、先进工艺流片、先进封测服务、测试验证等设备,用于高端芯片支撑服务的集成电路公共技术平台,其实际建设投入在5 亿元以上的,完工后按投资额的 6%给予补助,最高补助 5000 万元。",
  summary: t(
    "用于高端芯片支撑服务的集成电路公共技术平台，实际建设投入 5 亿元以上的：完工后按投资额 6% 补助，最高 5000 万元。",
    "IC public technology platforms serving high-end chips with construction investment of at least CNY 500M: after completion, 6% of the investment, capped at CNY 50M.",
  ),
  needs: t(
    "平台建设投入专项审计报告、竣工验收材料、设备清单及服务高端芯片的说明。",
    "Audited construction investment, completion acceptance, equipment list and a description of the high-end chip services.",
  ),
  readings: [READ.capScope, fixedRate, READ.ceiling, PLATFORM_CEILING_READING, READ.viaDistricts],
  params: constructionParams,
  reads: [
    "platforms[].icPublicTechnology",
    "platforms[].completed",
    "platforms[].constructionInvestment",
    "platforms[].otherGovernmentSupport",
  ],
  exclusiveGroup: OVERLAP.platformConstruction,
  clauseCap: {
    amount: constructionParams.cap.value,
    param: "cap",
    label: t("单个申报主体最高补助（按较保守理解）", "cap per applicant (conservative reading)"),
  },
  conditions: ({ item, params }) => [
    fact(
      t(
        "集成电路公共技术平台（用于高端芯片支撑服务）",
        "an IC public technology platform serving high-end chips",
      ),
      item.icPublicTechnology,
      ["platforms[].icPublicTechnology"],
    ),
    atLeast(
      t("实际建设投入 5 亿元以上", "construction investment of at least CNY 500M"),
      item.constructionInvestment,
      params.threshold.value,
      {
        facts: ["platforms[].constructionInvestment"],
      },
    ),
    fact(t("平台已完工", "construction completed"), item.completed, ["platforms[].completed"]),
    ...ceilingConditions(
      {
        value: item.constructionInvestment,
        fact: "platforms[].constructionInvestment",
        zh: "平台实际建设投入",
        en: "the platform's construction investment",
      },
      { value: item.otherGovernmentSupport, fact: "platforms[].otherGovernmentSupport" },
    ).slice(1),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("实际建设投入", "construction investment"), item.constructionInvestment!)
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .exactly(),
});

const operationParams = {
  rate: param.rate(
    percent(10),
    t("补助比例（按服务中小企业收入）", "share of revenue from serving SMEs"),
  ),
  cap: param.yuan(wan(1000), t("最高补助", "cap")),
  ceiling: CEILING,
};

export const platformOperation = defineClause<Platform, typeof operationParams>({
  ...common,
  id: "integrated-circuits/13-b",
  text: "对公共服务平台(机构)按其服务中小企业收入的 10%给予补助,最高补助 1000 万元。支持本市集成电路产业平台服务长三角企业技术研发和产业合作。[责任单位:市经信局,有关区、县(市)政府]",
  summary: t(
    "集成电路公共服务平台（机构）：按服务中小企业收入的 10% 补助，最高 1000 万元。",
    "IC public service platforms (institutions): 10% of their revenue from serving SMEs, capped at CNY 10M.",
  ),
  needs: t(
    "服务中小企业的合同、发票及收入专项审计报告。",
    "Contracts and invoices for services to SMEs and an audit of that revenue.",
  ),
  readings: [
    READ.capScope,
    t(
      "按较保守理解：“最高补助 1000 万元”未写明期间，按每年计",
      "Conservative reading: the CNY 10M cap states no period, so it is applied per year",
    ),
    t(
      "本意见中的“公共服务平台(机构)”按服务集成电路产业的平台理解",
      "“Public service platform (institution)” is read as a platform serving the IC industry",
    ),
    fixedRate,
    READ.ceiling,
    PLATFORM_CEILING_READING,
    READ.viaDistricts,
  ],
  params: operationParams,
  exclusiveGroup: OVERLAP.platformServices,
  reads: [
    "platforms[].industries",
    "platforms[].smeServiceRevenue",
    "platforms[].constructionInvestment",
    "platforms[].otherGovernmentSupport",
  ],
  clauseCap: {
    amount: operationParams.cap.value,
    param: "cap",
    label: t(
      "单个申报主体每年最高补助（按较保守理解）",
      "cap per applicant per year (conservative reading)",
    ),
  },
  conditions: ({ item }) => [
    listIncludes(
      t(
        "服务集成电路产业的公共服务平台（机构）",
        "a public service platform (institution) serving the IC industry",
      ),
      item.industries,
      "integrated-circuits",
      ["platforms[].industries"],
    ),
    known(
      t("年度服务中小企业收入", "revenue from serving SMEs in the year"),
      item.smeServiceRevenue,
      ["platforms[].smeServiceRevenue"],
    ),
    ...ceilingConditions(
      {
        value: item.constructionInvestment,
        fact: "platforms[].constructionInvestment",
        zh: "平台实际建设投入",
        en: "the platform's construction investment",
      },
      { value: item.otherGovernmentSupport, fact: "platforms[].otherGovernmentSupport" },
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("服务中小企业收入", "revenue from serving SMEs"), item.smeServiceRevenue!)
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .exactly(),
});
