import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { parks, READ, type Park } from "./shared";
import { OVERLAP } from "../shared/overlap-groups";

const PK = "syntheticBiology.parks[]";

const minArea = param.area(
  20_000,
  t("建设标准厂房面积（以上，含本数）", "standard plant built, at least"),
);

function parkConditions(item: Park): Condition[] {
  return [
    fact(
      t("经认定的市级合成生物特色园区", "a recognised city-level synthetic-biology specialty park"),
      item.recognisedCityPark,
      [`${PK}.recognisedCityPark`],
    ),
    atLeast(
      t("建设标准厂房 2 万平方米以上", "at least 20,000 m² of standard plant built"),
      item.standardPlantArea,
      minArea.value,
      {
        facts: [`${PK}.standardPlantArea`],
        unit: "area-m2",
      },
    ),
  ];
}

/** (十) City grant to the district of a specialty park building standard plant. */
export const parkDistrictGrant = defineClause({
  id: "synthetic-biology/10-a",
  policy: "synthetic-biology",
  article: "（十）",
  page: 40,
  heading: "加大合成生物特色园区建设支持力度",
  leadDepartment: "市经信局、市财政局",
  beneficiary: "district-government",
  kind: "formula",
  requiresReview: false,
  text: "经认定的市级特色园区建设 2 万平方米以上标准厂房的,市级财政对其所在区、县(市)给予投资总额不高于 20%的资助,由各地对投资主体给予相应奖励。",
  summary: t(
    "经认定的市级合成生物特色园区建设 2 万平方米以上标准厂房的，市级财政对所在区、县（市）给予不高于投资总额 20% 的资助，由各地对投资主体给予相应奖励。",
    "Recognised city-level synthetic-biology specialty parks building at least 20,000 m² of standard plant: the city grants the district or county up to 20% of the total investment, which then rewards the investor.",
  ),
  needs: t(
    "市级特色园区认定文件、标准厂房建设面积与投资总额的审计或决算资料（由所在区、县（市）申报）",
    "Park recognition, built area and audited investment of the standard plant (filed by the district or county)",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "“2 万平方米以上”含本数；“投资总额”按标准厂房建设的投资总额计；原文未规定上限",
      "“2 万平方米以上” includes 20,000 m²; the total investment is that of the standard plant; the text states no cap",
    ),
  ],
  params: {
    minArea,
    rate: param.rate(
      percent(20),
      t("投资总额的比例（不高于）", "share of the total investment, at most"),
    ),
  },
  reads: [`${PK}.recognisedCityPark`, `${PK}.standardPlantArea`, `${PK}.plantInvestment`],
  items: parks,
  exclusiveGroup: OVERLAP.specialtyParkGrant,
  conditions: ({ item }) => [
    ...parkConditions(item),
    known(t("标准厂房投资总额", "total investment in the standard plant"), item.plantInvestment, [
      `${PK}.plantInvestment`,
    ]),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("标准厂房投资总额", "total investment in the standard plant"),
      item.plantInvestment!,
    )
      .rate(params.rate.value)
      .upTo(),
});

/** (十) The district's corresponding reward to the park investor: amount not stated. */
export const parkInvestorReward = defineClause({
  id: "synthetic-biology/10-b",
  policy: "synthetic-biology",
  article: "（十）",
  page: 40,
  heading: "加大合成生物特色园区建设支持力度",
  leadDepartment: "市经信局、市财政局",
  beneficiary: "park-investor",
  kind: "unspecified",
  requiresReview: false,
  text: "经认定的市级特色园区建设 2 万平方米以上标准厂房的,市级财政对其所在区、县(市)给予投资总额不高于 20%的资助,由各地对投资主体给予相应奖励。鼓励各区、县(市)和市级特色园区入驻企业组建或聘请专业的合成生物特色园区运营团队或公司进行园区运营与管理。(牵头单位:市经信局、市财政局)",
  summary: t(
    "在经认定的市级合成生物特色园区建设 2 万平方米以上标准厂房的投资主体，由所在区、县（市）给予相应奖励，金额未规定。",
    "Investors building at least 20,000 m² of standard plant in a recognised city-level synthetic-biology specialty park: a corresponding reward from the district or county; amount not stated.",
  ),
  needs: t(
    "金额由所在区、县（市）确定：请向所在区、县（市）经信部门及市经信局、市财政局咨询；需市级特色园区认定文件和标准厂房建设资料",
    "The district or county sets the amount: ask its economy department, the city Economy and Information Technology Bureau or the Finance Bureau; park recognition and plant records are needed",
  ),
  params: { minArea },
  reads: [`${PK}.recognisedCityPark`, `${PK}.standardPlantArea`],
  items: parks,
  exclusiveGroup: OVERLAP.specialtyParkInvestor,
  conditions: ({ item }) => parkConditions(item),
});
