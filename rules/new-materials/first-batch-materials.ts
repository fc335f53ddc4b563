import { Calc } from "@/lib/engine/calc";
import { anyFact, atLeast, fact, not } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { OVERLAP } from "../shared/overlap-groups";
import {
  INSURANCE_COMPENSATION_LABELS,
  INSURANCE_COMPENSATION_READING,
  INSURANCE_YEARLY_CAP,
  insuranceCompensationRules,
} from "../shared/insurance-compensation";
import { READ, firstBatchMaterials, type FirstBatchMaterial } from "./shared";

const LEAD = "市经信局、市财政局、市地方金融监管局";
const P = "newMaterials.firstBatchMaterials[]";

const noProvincialRecognitionAward = (value: boolean | undefined) =>
  not(t("未享受省级首批次认定奖励", "has not received the provincial recognition award"), value, [
    `${P}.provincialRecognitionAward`,
  ]);

const insuranceParams = {
  firstYearRate: param.rate(percent(90), INSURANCE_COMPENSATION_LABELS.firstYearRate),
  yearlyDecreasePoints: param.count(10, INSURANCE_COMPENSATION_LABELS.yearlyDecreasePoints),
  maxPremiumRate: param.rate(percent(2), INSURANCE_COMPENSATION_LABELS.maxPremiumRate),
  maxYears: param.years(3, INSURANCE_COMPENSATION_LABELS.maxYears),
  yearlyCap: param.yuan(wan(300), INSURANCE_COMPENSATION_LABELS.yearlyCap),
};

/** 三、 Insurance compensation for first-batch (首批次) new materials. */
export const firstBatchInsurance = defineClause({
  id: "new-materials/3-a",
  excludedByAwards: {
    clauses: ["new-materials/3-b"],
    label: t(
      "该材料未获首批次新材料应用奖励（含此前年度；同一首批次新材料不得同时享受保险补偿、应用奖励和省级认定奖励，解读约定第 14 条）",
      "the material has not received the application award, in any year (insurance, application award and provincial award are not combined; readings rule 14)",
    ),
  },
  policy: "new-materials",
  article: "三、",
  page: 12,
  heading: "加快首批次新材料推广应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对符合《杭州市重点新材料首批次示范应用指导目录》的新材料保险项目,按照首年度实际保费(实际投保费率最高不超过 2%)的 90%给予保险补偿,并从次年度开始逐年递减 10个百分点,年度补偿金额最高不超过 300 万元,最多可连续支持 3 年;已获得国家、省保费补贴的首批次新材料或已享受过保险补偿政策的首台(套)装备用材料,不再享受市首批次新材料保险补偿政策。",
  summary: t(
    "符合《杭州市重点新材料首批次示范应用指导目录》的新材料保险项目，按首年度实际保费（费率最高按 2% 计）的 90% 给予保险补偿，此后逐年递减 10 个百分点，每年最高 300 万元，最多连续 3 年；已获国家、省保费补贴或已享受首台（套）保险补偿的材料除外。",
    "Insurance of materials in the Hangzhou first-batch catalogue: 90% of the year-1 actual premium (premium counted at most at 2%), 10 points less each following year, at most CNY 3M a year, for up to 3 consecutive years; not for materials with national/provincial premium subsidies or first-of-a-kind equipment compensation.",
  ),
  needs: t(
    "列入《杭州市重点新材料首批次示范应用指导目录》的证明、保险合同与保费支付凭证、未获国家和省保费补贴的说明",
    "Evidence of listing in the Hangzhou first-batch catalogue, insurance policy and premium receipts, a statement that no national or provincial premium subsidy was received",
  ),
  readings: [
    READ.maximumStandard,
    INSURANCE_COMPENSATION_READING,
    READ.capScope("300 万元按单个企业每年合计计", "CNY 3M caps the enterprise's total a year"),
    READ.firstBatchExclusive,
  ],
  params: insuranceParams,
  items: firstBatchMaterials,
  exclusiveGroup: OVERLAP.firstBatchMaterial,
  clauseCap: {
    amount: insuranceParams.yearlyCap.value,
    param: "yearlyCap",
    label: INSURANCE_YEARLY_CAP,
  },
  ...insuranceCompensationRules<FirstBatchMaterial>({
    path: P,
    ownReads: [
      `${P}.inCityCatalogue`,
      `${P}.nationalOrProvincialPremiumSubsidy`,
      `${P}.firstSetEquipmentMaterialCompensated`,
      `${P}.provincialRecognitionAward`,
    ],
    own: ({ item }) => [
      fact(
        t(
          "符合《杭州市重点新材料首批次示范应用指导目录》",
          "listed in the Hangzhou first-batch catalogue",
        ),
        item.inCityCatalogue,
        [`${P}.inCityCatalogue`],
      ),
      not(
        t("未获得国家、省保费补贴", "no national or provincial premium subsidy received"),
        item.nationalOrProvincialPremiumSubsidy,
        [`${P}.nationalOrProvincialPremiumSubsidy`],
      ),
      not(
        t(
          "不属于已享受过保险补偿政策的首台（套）装备用材料",
          "not a material for first-of-a-kind equipment already compensated",
        ),
        item.firstSetEquipmentMaterialCompensated,
        [`${P}.firstSetEquipmentMaterialCompensated`],
      ),
      noProvincialRecognitionAward(item.provincialRecognitionAward),
    ],
  }),
});

const awardParams = {
  salesThreshold: param.yuan(
    wan(100),
    t("首年度累计销售额达到（及以上）", "first-year cumulative sales, at least"),
  ),
  rate: param.rate(
    percent(10),
    t("奖励比例（不高于首年度累计销售额）", "share of first-year cumulative sales, at most"),
  ),
  cap: param.yuan(wan(300), t("奖励金额上限", "award cap")),
};

/** 三、 One-off application award for province-recognised first-batch materials. */
export const firstBatchApplicationAward = defineClause({
  id: "new-materials/3-b",
  excludedByAwards: {
    clauses: ["new-materials/3-a"],
    label: t(
      "该材料未享受首批次新材料保险补偿（含此前年度；同一首批次新材料不得同时享受保险补偿、应用奖励和省级认定奖励，解读约定第 14 条）",
      "the material has not received insurance compensation, in any year (not combined; readings rule 14)",
    ),
  },
  policy: "new-materials",
  article: "三、",
  page: 12,
  heading: "加快首批次新材料推广应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对经省级认定的首批次新材料,首年度累计销售额达到 100 万元及以上的应用项目,按不高于首年度累计销售额 10%的标准给予一次性奖励,奖励金额最高不超过 300 万元。同一首批次新材料不得同时享受保险补偿、应用奖励和省级认定奖励。",
  summary: t(
    "经省级认定的首批次新材料，首年度累计销售额达到 100 万元及以上的应用项目，按不高于首年度累计销售额 10% 给予一次性奖励，最高 300 万元；与保险补偿、省级认定奖励不得同时享受。",
    "Province-recognised first-batch materials with first-year cumulative sales of at least CNY 1M: a one-off award of up to 10% of those sales, at most CNY 3M; not together with the insurance compensation or the provincial recognition award.",
  ),
  needs: t(
    "省级首批次新材料认定文件、首年度应用项目销售合同与发票汇总",
    "Provincial recognition of the material, first-year sales contracts and invoices of the application projects",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "300 万元按单个企业每年合计计，同时也是单个材料上限",
      "CNY 3M caps the enterprise's total a year, and so each material too",
    ),
    READ.firstBatchExclusive,
    t(
      "“一次性”：同一材料已获本条奖励的不再享受",
      "“One-off”: not again for a material already rewarded under this clause",
    ),
  ],
  params: awardParams,
  reads: [
    `${P}.provinciallyRecognised`,
    `${P}.provincialRecognitionAward`,
    `${P}.firstYearSales`,
    "awardsReceived",
  ],
  items: firstBatchMaterials,
  exclusiveGroup: OVERLAP.firstBatchMaterial,
  clauseCap: {
    amount: awardParams.cap.value,
    param: "cap",
    label: t("单个企业每年奖励上限", "award cap per enterprise per year"),
  },
  conditions: ({ item, params, received }) => [
    fact(
      t("经省级认定的首批次新材料", "recognised as a first-batch material by the province"),
      item.provinciallyRecognised,
      [`${P}.provinciallyRecognised`],
    ),
    noProvincialRecognitionAward(item.provincialRecognitionAward),
    atLeast(
      t("首年度累计销售额", "first-year cumulative sales"),
      item.firstYearSales,
      params.salesThreshold.value,
      { facts: [`${P}.firstYearSales`] },
    ),
    fact(
      t("该材料此前未获本条一次性奖励", "the material has not received this one-off award before"),
      received("new-materials/3-b", item.id) === 0,
      ["awardsReceived"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("首年度累计销售额", "first-year cumulative sales"), item.firstYearSales!)
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个材料奖励上限", "award cap per material"))
      .upTo(),
});

/** 三、 Listing in the Hangzhou quality-products recommendation catalogue. */
export const qualityProductsListing = defineClause({
  id: "new-materials/3-c",
  policy: "new-materials",
  article: "三、",
  page: 12,
  heading: "加快首批次新材料推广应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "将入选国家、省、市重点新材料首批次应用示范指导目录产品纳入杭州市优质产品推荐目录。(责任单位:市经信局、市财政局、市地方金融监管局)",
  summary: t(
    "入选国家、省、市重点新材料首批次应用示范指导目录的产品，纳入杭州市优质产品推荐目录。",
    "Products in the national, provincial or city first-batch catalogues are added to the Hangzhou quality-products recommendation catalogue.",
  ),
  needs: t(
    "入选首批次应用示范指导目录的证明；向市经信局申请纳入",
    "Evidence of listing in a first-batch catalogue; apply to the Municipal Bureau of Economy and Information Technology",
  ),
  params: {},
  reads: [`${P}.inCityCatalogue`, `${P}.inNationalOrProvincialCatalogue`],
  items: firstBatchMaterials,
  conditions: ({ item }) => [
    anyFact(
      t(
        "入选国家、省或市重点新材料首批次应用示范指导目录",
        "listed in a national, provincial or city first-batch catalogue",
      ),
      [item.inCityCatalogue, item.inNationalOrProvincialCatalogue],
      [`${P}.inCityCatalogue`, `${P}.inNationalOrProvincialCatalogue`],
    ),
  ],
});
