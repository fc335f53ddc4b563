import { count, flag, itemId, itemName, list, money, year, strict } from "../fields";

/** A first-of-a-kind (首台套) visual-intelligence terminal product (四、（四）12.). */
export const visionFirstSetProductSchema = strict
  .object({
    id: itemId,
    name: itemName,
    qualifies: flag(
      "符合视觉智能终端首台（套）产品推广指南的条件",
      "Meets the conditions of the visual-intelligence first-of-a-kind terminal guide",
    ),
    nonAffiliatedSales: money(
      "年度对非关联方销售额",
      "Sales to non-affiliated parties in the year",
    ),
  })
  .meta({
    title: "视觉智能终端首台（套）产品",
    titleEn: "First-of-a-kind visual-intelligence terminal product",
  });

/** Facts only the visual intelligence policy reads. */
export const visualIntelligenceSection = strict
  .object({
    chainLeader: flag(
      "视觉智能产业链链主企业",
      "Chain-leader enterprise of the visual-intelligence chain",
    ),
    keyTechChallenge: flag(
      "承担视觉智能关键技术攻关（芯片、核心器件等），拟列入技术攻关清单",
      "Works on a visual-intelligence key-technology challenge (chips, core devices) for the city's list",
    ),
    supplierOrdersCurrent: money(
      "本年度向上下游生产配套企业执行的非关联交易订单额",
      "Non-affiliated orders executed with supporting enterprises this year",
    ),
    supplierOrdersPrevious: money(
      "上年度向上下游生产配套企业执行的非关联交易订单额",
      "Non-affiliated orders executed with supporting enterprises last year",
    ),
    hqStarRating: count(
      "本次评定的视觉智能总部企业星级（三星级填 3）",
      "Headquarters star rating now (three-star = 3)",
    ),
    hqPreviousStarRating: count(
      "此前获评的最高总部企业星级（从未获评填 0）",
      "Highest headquarters star rating before (never rated = 0)",
    ),
    softwareEnterprise: flag("视觉智能软件企业", "Visual-intelligence software enterprise"),
    windowParkProject: flag(
      "经批准实施的视觉智能项目，位于“中国视谷”窗口园区",
      "An approved visual-intelligence project in the “China Vision Valley” window park",
    ),
    specialProcess: flag(
      "属于有特殊工艺要求的产业",
      "An industry with special process requirements",
    ),
    smallEnterpriseParkProject: flag(
      "建设制造类小微企业园或工业标准厂房",
      "Builds a manufacturing small-enterprise park or standard industrial plant",
    ),
    smallEnterpriseParkInvestment: money(
      "该项目固定资产投资额",
      "Fixed-asset investment of that project",
    ),
    keySupportingProcess: flag(
      "重大项目的关键配套工艺拟落地窗口园区",
      "A key supporting process of a major project to be located in the window park",
    ),
    keyTechRdInvestment: money(
      "链主企业技术项目年度研发投入",
      "Annual R&D investment in the chain leader's technology project",
    ),
    nationalInnovationCentreYear: year(
      "认定为视觉智能领域国家制造业创新中心的年度",
      "Year recognised as a national manufacturing innovation centre in visual intelligence",
    ),
    provincialTechInnovationCentre: flag(
      "已认定为省技术创新中心",
      "Recognised as a provincial technology innovation centre",
    ),
    firstSetProducts: list(
      visionFirstSetProductSchema,
      "视觉智能终端首台（套）产品",
      "First-of-a-kind visual-intelligence terminal products",
      50,
    ),
    eventHeld: flag(
      "举办高水平产业学术论坛、大型宣传推介等活动",
      "Holds a high-level industry forum or large promotional event",
    ),
    newInfraInOperation: flag(
      "视觉智能新基建项目已运营",
      "A visual-intelligence new-infrastructure project in operation",
    ),
    newInfraServiceRevenue: money(
      "新基建项目年度非关联交易服务收入",
      "Non-affiliated service revenue of the new-infrastructure project in the year",
    ),
  })
  .optional()
  .meta({ title: "视觉智能", titleEn: "Visual intelligence" });
