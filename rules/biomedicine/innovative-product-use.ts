import { Calc } from "@/lib/engine/calc";
import { above, fact } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { READ, firstSetPurchases } from "./shared";

const USE = "biomedicine.medicalInstitution.innovativeProductUse";
const usesInnovativeProducts = (value: number | undefined) =>
  above(
    t("使用经认定的创新优质药械", "uses recognised innovative quality drugs or devices"),
    value,
    0,
    { facts: [USE] },
  );

const firstSetParams = {
  rate: param.rate(percent(20), t("按采购金额的比例", "share of the purchase amount")),
  cap: param.yuan(wan(300), t("单家医疗机构每年奖励上限", "cap per institution per year")),
};

export const firstSetDevicePurchaseAward = defineClause({
  id: "biomedicine/22-a",
  policy: "biomedicine",
  article: "（二十二）",
  page: 6,
  heading: "支持创新优质药械应用",
  leadDepartment: "市经信局、市卫生健康委员会",
  beneficiary: "medical-institution",
  kind: "formula",
  requiresReview: false,
  text: "(二十二)支持创新优质药械应用。对医疗机构采购经省、市认定的首台(套)医疗器械,给予其采购金额 20%的奖励,单家医疗机构奖励每年合计最高不超过 300 万元;",
  summary: t(
    "医疗机构采购经省、市认定的首台（套）医疗器械，给予采购金额 20% 的奖励，单家医疗机构每年合计最高 300 万元。",
    "Medical institutions buying first-of-a-kind devices recognised by the province or city: 20% of the purchase amount, capped at CNY 3M per institution per year.",
  ),
  needs: t(
    "首台（套）认定文件、采购合同与付款凭证",
    "The first-of-a-kind recognition, purchase contract and payment records",
  ),
  readings: [READ.notForEnterprises],
  params: firstSetParams,
  reads: [
    "biomedicine.medicalInstitution.firstSetPurchases[].recognisedFirstSet",
    "biomedicine.medicalInstitution.firstSetPurchases[].purchaseAmount",
  ],
  items: firstSetPurchases,
  clauseCap: { amount: firstSetParams.cap.value, param: "cap", label: firstSetParams.cap.label },
  conditions: ({ item }) => [
    fact(
      t(
        "经省、市认定的首台（套）医疗器械",
        "a first-of-a-kind device recognised by the province or city",
      ),
      item.recognisedFirstSet,
      ["biomedicine.medicalInstitution.firstSetPurchases[].recognisedFirstSet"],
    ),
    above(t("采购金额", "purchase amount"), item.purchaseAmount, 0, {
      facts: ["biomedicine.medicalInstitution.firstSetPurchases[].purchaseAmount"],
    }),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("采购金额", "purchase amount"), item.purchaseAmount!)
      .rate(params.rate.value)
      .exactly(),
});

export const innovativeProductAssessmentExemption = defineClause({
  id: "biomedicine/22-b",
  policy: "biomedicine",
  article: "（二十二）",
  page: 6,
  heading: "支持创新优质药械应用",
  leadDepartment: "市经信局、市卫生健康委员会",
  beneficiary: "medical-institution",
  kind: "non-monetary",
  requiresReview: false,
  text: "对医疗机构使用经认定的创新优质药械,不纳入医疗机构药占比和耗占比的考核范围,",
  summary: t(
    "医疗机构使用经认定的创新优质药械，不纳入药占比和耗占比考核。",
    "Recognised innovative quality drugs and devices are left out of the institution's drug-share and consumables-share ratios.",
  ),
  needs: t(
    "创新优质药械认定目录及使用记录；向市卫生健康委员会咨询",
    "The recognised product list and usage records; ask the Municipal Health Commission",
  ),
  params: {},
  reads: [USE],
  conditions: ({ profile }) => [
    usesInnovativeProducts(profile.biomedicine?.medicalInstitution?.innovativeProductUse),
  ],
});

export const innovativeProductUseAward = defineClause({
  id: "biomedicine/22-c",
  policy: "biomedicine",
  article: "（二十二）",
  page: 6,
  heading: "支持创新优质药械应用",
  leadDepartment: "市经信局、市卫生健康委员会",
  beneficiary: "medical-institution",
  kind: "formula",
  requiresReview: false,
  text: "对医疗机构使用经认定的创新优质药械,不纳入医疗机构药占比和耗占比的考核范围,并按最高不超过实际使用产品金额的 3%给予奖励,每家医疗机构每年累计奖励最高不超过 300 万元。(牵头单位:市经信局、市卫生健康委员会,配合单位:市财政局、市医疗保障局)",
  summary: t(
    "医疗机构使用经认定的创新优质药械，按不超过实际使用产品金额的 3% 给予奖励，每家医疗机构每年最高 300 万元。",
    "Medical institutions using recognised innovative quality drugs and devices: up to 3% of the value used, capped at CNY 3M per institution per year.",
  ),
  needs: t(
    "创新优质药械认定目录、年度实际使用金额统计",
    "The recognised product list and the year's usage value",
  ),
  readings: [
    t(
      "本条每年 300 万元上限与首台（套）采购奖励的上限分别计算",
      "This CNY 3M annual cap is separate from the first-of-a-kind purchase cap",
    ),
    READ.notForEnterprises,
  ],
  params: {
    rate: param.rate(
      percent(3),
      t("奖励比例（不超过实际使用产品金额）", "share of the value used, at most"),
    ),
    cap: param.yuan(wan(300), t("每家医疗机构每年奖励上限", "cap per institution per year")),
  },
  reads: [USE],
  conditions: ({ profile }) => [
    usesInnovativeProducts(profile.biomedicine?.medicalInstitution?.innovativeProductUse),
  ],
  amount: ({ profile, params }) =>
    Calc.base(
      t("实际使用产品金额", "value of products used"),
      profile.biomedicine!.medicalInstitution!.innovativeProductUse!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});
