import { choice, count, flag, itemId, itemName, list, money, quantity, strict } from "../fields";

import { deviceSchema, drugSchema, PROCUREMENT_LEVELS } from "./biomedicine-products";

export {
  CLINICAL_PHASES,
  DEVICE_CLASSES,
  DRUG_TYPES,
  PROCUREMENT_LEVELS,
  deviceSchema,
  drugSchema,
} from "./biomedicine-products";

export const innovationCarrierSchema = strict
  .object({
    id: itemId,
    name: itemName,
    nationalMajorCarrier: flag("国家级重大创新载体", "National-level major innovation carrier"),
    provincialFundingReceived: money(
      "省级资助实际到账金额",
      "Provincial funding actually received",
    ),
  })
  .meta({ title: "国家级重大创新载体", titleEn: "National innovation carrier" });

export const procurementWinSchema = strict
  .object({
    id: itemId,
    name: itemName,
    level: choice("集中带量采购级别", "Level of the volume-based procurement", PROCUREMENT_LEVELS, {
      national: ["国家级", "National"],
      provincial: ["省级", "Provincial"],
      other: ["其他（如市级、联盟）", "Other (city, alliance)"],
    }),
    winningBidTotal: money("中标总价", "Total winning bid value"),
  })
  .meta({ title: "集中带量采购中标品种", titleEn: "Variety won in volume-based procurement" });

export const plantSaleSchema = strict
  .object({
    id: itemId,
    name: itemName,
    builtByStatePlatform: flag(
      "由本区、县（市）国资平台建设并出售给企业",
      "Built by the district's state-owned platform and sold to an enterprise",
    ),
    area: quantity("出售厂房总面积", "Total area of the plant sold", "m2"),
    allForIndustrialisation: flag(
      "全部用于产业化项目",
      "Wholly used for industrialisation projects",
    ),
    transactionValue: money("厂房交易金额", "Plant transaction value"),
  })
  .meta({ title: "国资平台厂房出售", titleEn: "Sale of state-platform plant" });

export const specialtyParkSchema = strict
  .object({
    id: itemId,
    name: itemName,
    recognisedCityPark: flag(
      "经认定的市级生物医药特色园区",
      "Recognised city-level biomedicine specialty park",
    ),
    standardPlantArea: quantity("建设标准厂房面积", "Standard plant built", "m2"),
    totalInvestment: money("标准厂房建设投资总额", "Total investment in the standard plant"),
  })
  .meta({ title: "生物医药特色园区", titleEn: "Biomedicine specialty park" });

export const firstSetPurchaseSchema = strict
  .object({
    id: itemId,
    name: itemName,
    recognisedFirstSet: flag(
      "经省、市认定的首台（套）医疗器械",
      "A first-of-a-kind (首台套) device recognised by the province or city",
    ),
    purchaseAmount: money("采购金额", "Purchase amount"),
  })
  .meta({ title: "首台（套）医疗器械采购", titleEn: "Purchase of a first-of-a-kind device" });

const medicalInstitutionSection = strict
  .object({
    drugTrialQualified: flag("获得药物临床试验资质", "Qualified for drug clinical trials"),
    leadTrialProjects: count(
      "本年度作为牵头单位为本市企业提供的临床试验服务项目数",
      "Clinical-trial projects for Hangzhou enterprises this year, as lead unit",
    ),
    participatingTrialProjects: count(
      "本年度作为参与单位为本市企业提供的临床试验服务项目数",
      "Clinical-trial projects for Hangzhou enterprises this year, as participating unit",
    ),
    researchWardRecognised: flag("设有经认定的研究型病房", "Has a recognised research ward"),
    gcpProjects: flag("承担 GCP（药物临床试验）项目", "Runs GCP (clinical-trial) projects"),
    tertiaryPublicHospital: flag("三级公立医院", "Tertiary public hospital"),
    bigPiIntroduced: flag(
      "建立临床研究“大PI”计划并已引入“大PI”",
      "Runs a clinical-research “big PI” programme and has brought in a big PI",
    ),
    ldtPilot: flag(
      "开展实验室自建检测方法（LDT）试点",
      "Runs a laboratory-developed test (LDT) pilot",
    ),
    firstSetPurchases: list(
      firstSetPurchaseSchema,
      "本年度采购的首台（套）医疗器械",
      "First-of-a-kind devices bought this year",
      50,
    ),
    innovativeProductUse: money(
      "本年度实际使用经认定的创新优质药械金额",
      "Value of recognised innovative quality drugs and devices used this year",
    ),
  })
  .optional()
  .meta({ title: "医疗机构", titleEn: "Medical institution" });

const mahCommissioningSection = strict
  .object({
    commissionsHangzhouManufacturer: flag(
      "作为药械上市许可持有人委托本市企业生产其所持有的药械产品",
      "As marketing-authorisation holder, commissions a Hangzhou enterprise to manufacture its products",
    ),
    salesTaxSettledInHangzhou: flag("销售税收结算在本市", "Sales taxes settled in Hangzhou"),
    noInvestmentRelation: flag(
      "委托双方无投资关联",
      "No investment relationship between the two parties",
    ),
    contractValueCurrent: money(
      "本年度实际交易合同金额",
      "Actual transaction contract value this year",
    ),
    contractValuePrevious: money(
      "上年度实际交易合同金额",
      "Actual transaction contract value last year",
    ),
  })
  .optional()
  .meta({
    title: "委托本市企业生产（MAH）",
    titleEn: "Commissioning a Hangzhou manufacturer (MAH)",
  });

const contractManufacturingSection = strict
  .object({
    commissionedFromOutsideHangzhou: flag(
      "承担本市以外的委托生产任务",
      "Manufactures on commission for principals outside Hangzhou",
    ),
    outputSettledInHangzhou: flag("产值结算在本市", "Output value settled in Hangzhou"),
    noInvestmentRelation: flag(
      "委托双方无投资关联",
      "No investment relationship between the two parties",
    ),
    contractValueCurrent: money(
      "本年度实际交易合同金额",
      "Actual transaction contract value this year",
    ),
    contractValuePrevious: money(
      "上年度实际交易合同金额",
      "Actual transaction contract value last year",
    ),
  })
  .optional()
  .meta({
    title: "承接市外委托生产",
    titleEn: "Contract manufacturing for principals outside Hangzhou",
  });

const allianceSection = strict
  .object({
    biomedicineAlliance: flag(
      "生物医药产业联盟或专业药物/医疗器械临床研究联盟等社会组织",
      "A biomedicine industry alliance, a drug/device clinical-research alliance or similar social organisation",
    ),
    runsActivities: flag(
      "组织开展技术创新协作、临床研究服务、政策法规培训、高端展会等活动",
      "Runs innovation cooperation, clinical-research services, regulatory training, exhibitions or similar activities",
    ),
  })
  .optional()
  .meta({ title: "产业联盟", titleEn: "Alliance" });

const fundManagerSection = strict
  .object({
    marketOperatedFund: flag(
      "管理依法设立、市场化运行的私募股权或创业投资基金",
      "Manages legally established, market-operated private-equity or venture-capital funds",
    ),
    paidInInvestment: money(
      "本年度所管理基金对本市（或同意落地本市）生物医药企业合计到账投资",
      "Investment paid in this year by its funds to Hangzhou biomedicine enterprises (or ones agreeing to settle in Hangzhou)",
    ),
    agreedReturnInvestment: money(
      "其中约定返投金额",
      "Of which agreed return investment (约定返投)",
    ),
  })
  .optional()
  .meta({ title: "基金管理公司", titleEn: "Fund manager" });

/** Facts only the biomedicine policy reads. */
export const biomedicineSection = strict
  .object({
    drugs: list(drugSchema, "药品", "Drugs", 50),
    devices: list(deviceSchema, "医疗器械", "Medical devices", 50),
    innovationCarriers: list(
      innovationCarrierSchema,
      "国家级重大创新载体",
      "National-level major innovation carriers",
      20,
    ),
    frontierResearch: flag(
      "开展新靶标、新机制、新原理等生物医药前沿领域高水平基础研究和核心技术攻关",
      "Runs high-level basic research or core-technology work in frontier areas (new targets, mechanisms, principles)",
    ),
    procurementWins: list(
      procurementWinSchema,
      "集中带量采购中标品种",
      "Varieties won in volume-based procurement",
      50,
    ),
    mahCommissioning: mahCommissioningSection,
    contractManufacturing: contractManufacturingSection,
    inCityLevelSpecialtyPark: flag(
      "入驻市级生物医药特色园区",
      "Located in a city-level biomedicine specialty park",
    ),
    specialtyParks: list(
      specialtyParkSchema,
      "生物医药特色园区标准厂房",
      "Standard plant in biomedicine specialty parks",
      20,
    ),
    statePlantSales: list(
      plantSaleSchema,
      "国资平台厂房出售",
      "Sales of plant built by state-owned platforms",
      50,
    ),
    medicalInstitution: medicalInstitutionSection,
    alliance: allianceSection,
    fundManager: fundManagerSection,
    cityFundMajorProject: flag(
      "拟由市级产业基金直投的重大产业项目",
      "A major industrial project proposed for direct investment by the city industrial fund",
    ),
    governmentFundMajorProject: flag(
      "政府产业基金所投重大项目",
      "A major project invested by a government industrial fund",
    ),
    highLevelTalent: flag("拥有生物医药高层次人才", "Employs high-level biomedicine talent"),
    talentVenture: flag(
      "由生物医药高层次人才创新创业",
      "Founded or run by high-level biomedicine talent",
    ),
    specialItemsTrade: flag(
      "进出口生物医药特殊物品或生物材料",
      "Imports or exports special biomedical items or bio-materials",
    ),
  })
  .superRefine((s, ctx) => {
    // Drugs and devices share the R&D overlap group, keyed by id: their ids must not collide.
    const seen = new Set<string>();
    for (const [listName, items] of [
      ["drugs", s.drugs],
      ["devices", s.devices],
    ] as const) {
      (items ?? []).forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({
            code: "custom",
            path: [listName, i, "id"],
            message: "药品和医疗器械的编号不能重复 / drug and device IDs must be unique",
          });
        seen.add(item.id);
      });
    }
  })
  .optional()
  .meta({ title: "生物医药", titleEn: "Biomedicine" });
