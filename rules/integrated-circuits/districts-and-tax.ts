import { above } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { answer } from "../shared/answers";
import { CEILING } from "./ceiling-param";
import { IMPLEMENTING_DEPARTMENT, icEnterprise } from "./shared";

export const districtAwards = defineClause({
  id: "integrated-circuits/s4.2",
  policy: "integrated-circuits",
  article: "四、（二）",
  page: 22,
  heading: "实施方式",
  leadDepartment: IMPLEMENTING_DEPARTMENT,
  beneficiary: "district-government",
  kind: "unspecified",
  requiresReview: true,
  text: "(二)实施方式。由各区、县(市)按照本意见精神,根据自身实际组织项目,扶持推动集成电路项目落地、产业集聚和企业发展,兑现相关政策。市级财政每年安排一定的资金,根据区、县(市)产业扶持投入和工作成效进行奖补。市级财政年度奖补支持额度不超过区、县(市)财政实际支持资金。各级政府支持资金不超过企业项目全部投入的 30%。",
  summary: t(
    "区、县（市）：市级财政根据其集成电路产业扶持投入和工作成效评估分档奖补，年度奖补不超过其财政实际支持资金；各级政府支持资金不超过企业项目全部投入的 30%。",
    "Districts and counties: the city rewards them by their IC support spending and results, graded; the award is at most the district's own actual support; all government support stays within 30% of a project's total investment.",
  ),
  needs: t(
    "上年度产业发展情况和工作绩效总结，于每年一季度报送市经信局；分配方案由市经信局评估分档后报批。",
    "The previous year's industry results and work summary, filed with the Municipal Bureau of Economy and Information Technology in the first quarter; the Municipal Bureau of Economy and Information Technology grades the districts and submits the allocation for approval.",
  ),
  readings: [
    t(
      "奖补额度未规定，只知其不超过区、县（市）财政实际支持资金，故不估算金额",
      "The award is not stated beyond being at most the district's own support, so no amount is estimated",
    ),
  ],
  params: { ceiling: CEILING },
  reads: ["integratedCircuits.districtFiscalSupport"],
  conditions: ({ profile }) => [
    above(
      t(
        "区、县（市）财政对集成电路产业有实际支持资金",
        "the district actually spent fiscal support on the IC industry",
      ),
      profile.integratedCircuits?.districtFiscalSupport,
      0,
      {
        facts: ["integratedCircuits.districtFiscalSupport"],
      },
    ),
  ],
});

export const icTaxPolicy = defineClause({
  id: "integrated-circuits/s5.2-a",
  policy: "integrated-circuits",
  article: "五、（二）",
  page: 23,
  heading: "落实财税政策",
  leadDepartment: IMPLEMENTING_DEPARTMENT,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "(二)落实财税政策。按照《国务院关于印发新时期促进集成电路产业和软件产业高质量发展若干政策的通知》(国发〔2020〕8 号)要求,落实国家关于集成电路企业税收政策。",
  summary: t(
    "集成电路企业：按国发〔2020〕8 号落实国家税收优惠政策，金额按税法计算。",
    "IC enterprises: national tax incentives under 国发〔2020〕8号 are applied; the amount follows tax law.",
  ),
  needs: t(
    "按国家集成电路企业税收优惠的条件和清单办理；向主管税务机关或市经信局咨询。",
    "Apply under the national IC tax-incentive conditions and lists; ask the tax office or the Municipal Bureau of Economy and Information Technology.",
  ),
  readings: [
    t(
      "国家税收优惠，不属于本市补助，金额按税法计算",
      "A national tax incentive, not a city subsidy; the amount follows tax law",
    ),
  ],
  params: {},
  reads: ["integratedCircuits.icEnterprise"],
  conditions: ({ profile }) => [icEnterprise(profile)],
});

export const firstSetChips = defineClause({
  id: "integrated-circuits/s5.2-b",
  policy: "integrated-circuits",
  article: "五、（二）",
  page: 23,
  heading: "落实财税政策",
  leadDepartment: IMPLEMENTING_DEPARTMENT,
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "用好首台套政策,支持国产芯片推广应用。",
  summary: t(
    "国产芯片：用好首台套政策支持推广应用，金额未规定。",
    "Domestic chips are promoted through first-of-a-kind (首台套) policies; amount not stated.",
  ),
  needs: t(
    "首台套产品认定材料；支持标准按首台套政策，向市经信局咨询。",
    "First-of-a-kind recognition documents; support follows the first-of-a-kind policies — ask the Municipal Bureau of Economy and Information Technology.",
  ),
  params: {},
  reads: ["integratedCircuits.domesticChipProduct"],
  conditions: ({ profile }) => [
    answer(
      profile,
      "integratedCircuits.domesticChipProduct",
      t("有国产芯片产品推广应用", "has domestic chip products to promote"),
    ),
  ],
});
