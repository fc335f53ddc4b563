import { Calc } from "@/lib/engine/calc";
import { fact, known, not, withinYears } from "@/lib/engine/conditions";
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
import { READ, firstSetProducts, type FirstSetProduct } from "./shared";

const P = "highEndEquipment.firstSetProducts[]";

const recognised = (value: boolean | undefined) =>
  fact(t("经认定的首台（套）产品", "a recognised first-of-a-kind product"), value, [
    `${P}.recognised`,
  ]);
const noOtherLevelAward = (value: boolean | undefined) =>
  not(
    t(
      "该产品未同时享受国家、省级首台（套）奖励政策",
      "the product does not also receive a national or provincial award",
    ),
    value,
    [`${P}.otherLevelAward`],
  );

const exclusive = t(
  "同一首台（套）产品不得同时享受应用奖励和保险补偿：两者均符合时按金额较高者支持",
  "The same product may not take both the application award and the insurance compensation: where both qualify, the higher is paid",
);

const insuranceParams = {
  firstYearRate: param.rate(percent(90), INSURANCE_COMPENSATION_LABELS.firstYearRate),
  yearlyDecreasePoints: param.count(10, INSURANCE_COMPENSATION_LABELS.yearlyDecreasePoints),
  maxPremiumRate: param.rate(percent(2), INSURANCE_COMPENSATION_LABELS.maxPremiumRate),
  maxYears: param.years(3, INSURANCE_COMPENSATION_LABELS.maxYears),
  yearlyCap: param.yuan(wan(500), INSURANCE_COMPENSATION_LABELS.yearlyCap),
};

/** 五、 Insurance compensation for first-of-a-kind (首台套) products. */
export const firstSetInsurance = defineClause({
  id: "high-end-equipment/5-a",
  excludedByAwards: {
    clauses: ["high-end-equipment/5-b"],
    label: t(
      "该产品未获首台（套）产品应用奖励（含此前年度；同一首台（套）产品不得同时享受应用奖励和保险补偿，解读约定第 14 条）",
      "the product has not received the application award, in any year (award and insurance compensation are not combined; readings rule 14)",
    ),
  },
  policy: "high-end-equipment",
  article: "五、",
  page: 9,
  heading: "深化首台(套)产品推广应用",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对首台(套)产品投保的企业,按照首年度实际保费的 90%且最高不超过实际投保费率 2%的标准给予保险补偿,并从次年度开始逐年递减 10 个百分点,年度补偿金额最高不超过 500 万元,最多可连续支持 3 年。",
  summary: t(
    "为首台（套）产品投保的企业，按首年度实际保费的 90%（保费按费率最高 2% 计）给予保险补偿，此后逐年递减 10 个百分点，每年最高 500 万元，最多连续 3 年。",
    "Enterprises insuring first-of-a-kind products: 90% of the year-1 actual premium (premium counted at most at 2%), 10 points less each following year, at most CNY 5M a year, for up to 3 consecutive years.",
  ),
  needs: t(
    "首台（套）产品认定文件、保险合同与保费支付凭证；认定、保险和推广应用的实施办法由市经信局另行制定",
    "Recognition of the product, insurance policy and premium receipts; the implementing rules are issued separately by the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    READ.maximumStandard,
    INSURANCE_COMPENSATION_READING,
    READ.capScope("500 万元按单个企业每年合计计", "CNY 5M caps the enterprise's total a year"),
    exclusive,
  ],
  params: insuranceParams,
  items: firstSetProducts,
  exclusiveGroup: OVERLAP.firstSetProduct,
  clauseCap: {
    amount: insuranceParams.yearlyCap.value,
    param: "yearlyCap",
    label: INSURANCE_YEARLY_CAP,
  },
  ...insuranceCompensationRules<FirstSetProduct>({
    path: P,
    ownReads: [`${P}.recognised`, `${P}.otherLevelAward`],
    own: ({ item }) => [recognised(item.recognised), noOtherLevelAward(item.otherLevelAward)],
  }),
});

const awardParams = {
  rate: param.rate(
    percent(10),
    t("奖励比例（不高于年销售总额）", "share of annual total sales, at most"),
  ),
  cap: param.yuan(wan(300), t("奖励金额上限", "award cap")),
  maxYears: param.years(3, t("最多可连续支持年数", "consecutive years supported, at most")),
};

/** 五、 Application award for developers of first-of-a-kind products. */
export const firstSetApplicationAward = defineClause({
  id: "high-end-equipment/5-b",
  excludedByAwards: {
    clauses: ["high-end-equipment/5-a"],
    label: t(
      "该产品未享受首台（套）保险补偿（含此前年度；同一首台（套）产品不得同时享受应用奖励和保险补偿，解读约定第 14 条）",
      "the product has not received insurance compensation, in any year (not combined; readings rule 14)",
    ),
  },
  policy: "high-end-equipment",
  article: "五、",
  page: 9,
  heading: "深化首台(套)产品推广应用",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对两年内成功实现应用的首台(套)产品研发企业,给予该企业不高于首台(套)产品年销售总额 10%的资金奖励,奖励金额最高不超过 300 万元,最多可连续支持 3 年。同一首台(套)产品不得同时享受首台(套)产品应用奖励和保险补偿政策,不得同时享受国家、省、市奖励政策。杭州市首台(套)产品认定、保险和推广应用的实施办法由市经信局牵头另行制定。(牵头单位:市经信局,配合单位:市财政局、市地方金融监管局)",
  summary: t(
    "两年内成功实现应用的首台（套）产品研发企业，给予不高于该产品年销售总额 10% 的奖励，最高 300 万元，最多连续 3 年；与保险补偿不得同时享受。",
    "Developers of first-of-a-kind products applied within two years: up to 10% of the product's annual sales, at most CNY 3M, for up to 3 consecutive years; not together with the insurance compensation.",
  ),
  needs: t(
    "首台（套）产品认定文件、两年内实现应用的证明（销售合同、用户验收）、年度销售总额审计或发票汇总",
    "Recognition of the product, evidence of application within two years (contracts, user acceptance), audited annual sales",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "300 万元按单个企业每年合计计，同时也是单个产品上限",
      "CNY 3M caps the enterprise's total a year, and so each product too",
    ),
    exclusive,
  ],
  params: awardParams,
  reads: [
    `${P}.recognised`,
    `${P}.otherLevelAward`,
    `${P}.developedByApplicant`,
    `${P}.appliedWithinTwoYears`,
    `${P}.awardYear`,
    `${P}.annualSales`,
  ],
  items: firstSetProducts,
  exclusiveGroup: OVERLAP.firstSetProduct,
  clauseCap: {
    amount: awardParams.cap.value,
    param: "cap",
    label: t("单个企业每年奖励上限", "award cap per enterprise per year"),
  },
  conditions: ({ item, params }) => [
    recognised(item.recognised),
    noOtherLevelAward(item.otherLevelAward),
    fact(
      t("本单位为该产品的研发企业", "the applicant developed the product"),
      item.developedByApplicant,
      [`${P}.developedByApplicant`],
    ),
    fact(
      t("两年内成功实现应用", "successfully applied within two years"),
      item.appliedWithinTwoYears,
      [`${P}.appliedWithinTwoYears`],
    ),
    withinYears(
      t("最多可连续支持 3 年（第 1—3 个支持年度）", "within the 3 consecutive years supported"),
      item.awardYear,
      params.maxYears.value,
      [`${P}.awardYear`],
    ),
    known(t("首台（套）产品年销售总额", "annual total sales of the product"), item.annualSales, [
      `${P}.annualSales`,
    ]),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("首台（套）产品年销售总额", "annual total sales of the product"), item.annualSales!)
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个产品奖励上限", "award cap per product"))
      .upTo(),
});
