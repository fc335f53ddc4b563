import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { DEPT } from "./shared";

export const specialtyParks = defineClause({
  id: "software/9",
  policy: "software",
  article: "（九）",
  page: 26,
  heading: "培育特色园区",
  leadDepartment: DEPT.cityAndDistricts,
  beneficiary: "park-investor",
  kind: "unspecified",
  requiresReview: false,
  text: "(九)培育特色园区。推动创建一批特色化、专业化、品牌化和高端化发展的国家级、省级软件名园(软件基地),人工智能、区块链、元宇宙等未来产业先导区,网络安全产业园区等软件特色园区。鼓励各区、县(市)优化产业和空间布局,在资金、投融资及并购、住房保障、人才奖励、重点活动扶持等方面,积极支持园区建设和运营。[责任单位:市经信局,各区、县(市)政府]",
  summary: t(
    "国家级、省级软件名园（软件基地），人工智能、区块链、元宇宙等未来产业先导区，网络安全产业园区等软件特色园区：鼓励区、县（市）在资金、投融资、住房、人才奖励、重点活动等方面支持建设运营，金额未规定。",
    "Software specialty parks (software parks and bases, future-industry pilot zones, cybersecurity parks): districts are encouraged to support their construction and operation with funds, financing, housing, talent rewards and events; amount not stated.",
  ),
  needs: t(
    "园区创建或认定文件、建设运营方案；支持方式由属地区、县（市）决定，向属地政府或市经信局咨询。",
    "The park's designation and plan; the district decides the support — ask the district or the Municipal Bureau of Economy and Information Technology.",
  ),
  params: {},
  reads: ["software.specialtyPark"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "software.specialtyPark",
      t("软件特色园区的建设运营主体", "builds or runs a software specialty park"),
    ),
  ],
});
