import {
  choice,
  count,
  flag,
  itemId,
  itemName,
  list,
  money,
  quantity,
  year,
  strict,
} from "../fields";

export const DRUG_TYPES = ["chemical", "biologic", "tcm", "classic-formula"] as const;
export const CLINICAL_PHASES = ["I", "II", "III"] as const;
export const DEVICE_CLASSES = ["I", "II", "III"] as const;
export const PROCUREMENT_LEVELS = ["national", "provincial", "other"] as const;

/** Certified products' local sales (article 15) and foreign sales (article 17), shared by drugs and devices. */
const productSales = {
  certificateYear: year("获得注册证书的年度", "Year the registration certificate was obtained"),
  localProduction: flag("在本市本地化生产", "Produced locally in Hangzhou"),
  salesCurrent: money("该产品本年度销售额", "Sales of the product this year"),
  salesPrevious: money("该产品上年度销售额", "Sales of the product last year"),
  overseasSales: flag(
    "已在取得准入的国外市场实现销售",
    "Sold in the foreign market where access was obtained",
  ),
};

export const drugSchema = strict
  .object({
    id: itemId,
    name: itemName,
    drugType: choice("药品类型", "Type of drug", DRUG_TYPES, {
      chemical: ["化学药", "Chemical drug"],
      biologic: ["生物制品", "Biologic"],
      tcm: ["中药", "Traditional Chinese medicine"],
      "classic-formula": [
        "古代经典名方中药复方制剂",
        "Compound preparation from an ancient classic formula",
      ],
    }),
    registrationClass: choice("注册分类", "Registration class", ["1", "2", "3", "4", "5"], {
      "1": ["1 类", "Class 1"],
      "2": ["2 类", "Class 2"],
      "3": ["3 类", "Class 3"],
      "4": ["4 类", "Class 4"],
      "5": ["5 类", "Class 5"],
    }),
    clinicalPhase: choice(
      "已在国内开展的临床试验阶段",
      "Clinical-trial phase reached in China",
      CLINICAL_PHASES,
      {
        I: ["Ⅰ期", "Phase I"],
        II: ["Ⅱ期", "Phase II"],
        III: ["Ⅲ期", "Phase III"],
      },
    ),
    licensedAndIndustrialised: flag(
      "注册申请人已获得许可并进行产业化",
      "The registration applicant is licensed and industrialising",
    ),
    rdInvestment: money("该品种研发投入（累计）", "R&D investment in the variety (cumulative)"),
    registrationCertificate: flag(
      "已获得国家药品注册证书",
      "National drug registration certificate obtained",
    ),
    consistencyEvaluationPassed: flag(
      "化学仿制药已通过一致性评价",
      "Chemical generic that passed the consistency evaluation",
    ),
    ...productSales,
    overseasApproval: flag(
      "首次取得 FDA、EMA、PMDA 等机构批准，获得境外上市资质",
      "First approved by the FDA, EMA, PMDA or a similar agency and licensed for marketing abroad",
    ),
  })
  .meta({ title: "药品", titleEn: "Drug" });

export const deviceSchema = strict
  .object({
    id: itemId,
    name: itemName,
    deviceClass: choice("医疗器械管理类别", "Device class", DEVICE_CLASSES, {
      I: ["一类", "Class I"],
      II: ["二类", "Class II"],
      III: ["三类", "Class III"],
    }),
    innovativeSpecialReview: flag(
      "进入国家创新医疗器械特别审查或优先审批程序",
      "In the national innovative-device special review or priority approval procedure",
    ),
    innovative: flag("创新型医疗器械", "Innovative medical device"),
    firstRegistrationCertificate: flag(
      "首次获得国家医疗器械注册证书",
      "First national medical-device registration certificate obtained",
    ),
    industrialised: flag("已进行产业化", "Industrialised"),
    rdInvestment: money("该产品研发投入（累计）", "R&D investment in the product (cumulative)"),
    ...productSales,
    overseasAccess: flag(
      "首次取得 FDA、CE、PMDA 等市场准入资质",
      "First FDA, CE, PMDA or similar market access obtained",
    ),
  })
  .meta({ title: "医疗器械", titleEn: "Medical device" });

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
