import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { answer } from "../shared/answers";
import { READ, specialtyParks, type SpecialtyPark } from "./shared";
import { OVERLAP } from "../shared/overlap-groups";

const PARK_TEXT =
  "(十八)加大生物医药特色园区建设支持力度。支持“一核四园多点”开展生物医药产业空间规划布局,合理布点特色产业园区。鼓励多种投资主体开展生物医药标准厂房建设,经认定的市级特色园区建设 10 万平方米以上标准厂房的,市级财政对其所在地区、县(市)予以投资总额20%的资助,由各地对投资主体给予相应奖励。";
const minArea = param.area(100_000, t("标准厂房建设面积门槛", "standard-plant area threshold"));

/** 经认定的市级特色园区建设 10 万平方米以上标准厂房 (以上: inclusive). */
const recognisedParkBuilding = (p: SpecialtyPark): Condition[] => [
  fact(
    t("经认定的市级生物医药特色园区", "a recognised city-level biomedicine specialty park"),
    p.recognisedCityPark,
    ["biomedicine.specialtyParks[].recognisedCityPark"],
  ),
  atLeast(
    t("建设标准厂房 10 万平方米以上", "100,000 m² or more of standard plant built"),
    p.standardPlantArea,
    minArea.value,
    {
      facts: ["biomedicine.specialtyParks[].standardPlantArea"],
      unit: "area-m2",
    },
  ),
];

export const specialtyParkGrant = defineClause({
  id: "biomedicine/18-a",
  policy: "biomedicine",
  article: "（十八）",
  page: 6,
  heading: "加大生物医药特色园区建设支持力度",
  leadDepartment: "市财政局、市经信局",
  beneficiary: "district-government",
  kind: "formula",
  requiresReview: false,
  text: PARK_TEXT,
  summary: t(
    "经认定的市级生物医药特色园区建设 10 万平方米以上标准厂房的，市级财政对所在区、县（市）予以投资总额 20% 的资助；原文未设上限。",
    "Recognised city-level biomedicine specialty parks building 100,000 m² or more of standard plant: the city grants the district 20% of the total investment; the text states no cap.",
  ),
  needs: t(
    "特色园区认定文件、标准厂房建设面积与投资总额审计；由区、县（市）向市财政局、市经信局申报",
    "Park recognition, audited plant area and investment; the district applies to the Municipal Finance Bureau and the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    t("原文比例为 20%，未设金额上限", "The text fixes the rate at 20% and states no cap"),
    READ.notForEnterprises,
  ],
  params: {
    minArea,
    rate: param.rate(percent(20), t("按投资总额的比例", "share of the total investment")),
  },
  reads: [
    "biomedicine.specialtyParks[].recognisedCityPark",
    "biomedicine.specialtyParks[].standardPlantArea",
    "biomedicine.specialtyParks[].totalInvestment",
  ],
  items: specialtyParks,
  exclusiveGroup: OVERLAP.specialtyParkGrant,
  conditions: ({ item }) => [
    ...recognisedParkBuilding(item),
    known(t("标准厂房投资总额", "total investment in the standard plant"), item.totalInvestment, [
      "biomedicine.specialtyParks[].totalInvestment",
    ]),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("标准厂房投资总额", "total investment"), item.totalInvestment!)
      .rate(params.rate.value)
      .exactly(),
});

export const parkInvestorReward = defineClause({
  id: "biomedicine/18-b",
  policy: "biomedicine",
  article: "（十八）",
  page: 6,
  heading: "加大生物医药特色园区建设支持力度",
  leadDepartment: "市财政局、市经信局",
  beneficiary: "park-investor",
  kind: "unspecified",
  requiresReview: false,
  text: PARK_TEXT,
  summary: t(
    "在经认定的市级特色园区建设 10 万平方米以上标准厂房的投资主体，由所在区、县（市）给予相应奖励，金额未规定。",
    "Investors building 100,000 m² or more of standard plant in a recognised city-level park: a corresponding reward from the district; amount not stated.",
  ),
  needs: t(
    "特色园区认定文件、标准厂房建设与投资材料；奖励标准向所在区、县（市）及市财政局、市经信局咨询",
    "Park recognition and the plant's construction and investment records; ask the district, the Municipal Finance Bureau or the Municipal Bureau of Economy and Information Technology for the amount",
  ),
  readings: [
    t(
      "奖励来自区、县（市）获得的 20% 资助，由各地确定",
      "The reward comes out of the district's 20% grant and is set locally",
    ),
  ],
  params: { minArea },
  reads: [
    "biomedicine.specialtyParks[].recognisedCityPark",
    "biomedicine.specialtyParks[].standardPlantArea",
  ],
  items: specialtyParks,
  exclusiveGroup: OVERLAP.specialtyParkInvestor,
  conditions: ({ item }) => recognisedParkBuilding(item),
});

export const parkRentReduction = defineClause({
  id: "biomedicine/18-c",
  policy: "biomedicine",
  article: "（十八）",
  page: 6,
  heading: "加大生物医药特色园区建设支持力度",
  leadDepartment: "市财政局、市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "鼓励各区、县(市)对市级特色园区入驻企业给予相应的房租减免。(牵头单位:市财政局、市经信局,配合单位:市市场监管局)",
  summary: t(
    "鼓励各区、县（市）对市级特色园区入驻企业给予相应的房租减免，幅度未规定。",
    "Districts are encouraged to reduce rent for enterprises in city-level specialty parks; extent not stated.",
  ),
  needs: t(
    "入驻协议、租赁合同；减免幅度向所在区、县（市）咨询",
    "Tenancy agreement; ask the district for the reduction",
  ),
  params: {},
  reads: ["biomedicine.inCityLevelSpecialtyPark"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "biomedicine.inCityLevelSpecialtyPark",
      t("入驻市级生物医药特色园区", "located in a city-level biomedicine specialty park"),
    ),
  ],
});
