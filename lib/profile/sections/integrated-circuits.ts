import { flag, itemId, itemName, list, money, strict } from "../fields";

/**
 * An enterprise IC project: a high-end chip taped out for the first time, key materials or core
 * equipment developed in-house, an EDA tool. One project may be funded under several clauses of
 * 三、(四); all government support for it together stays within 30 % of its total investment (四、(二)).
 */
export const icProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    totalInvestment: money("项目全部投入", "Total investment in the project"),
    otherGovernmentSupport: money(
      "该项目已获其他各级政府支持资金（不含本意见三、(四)的补助）",
      "Support from any level of government already received for the project (other than section 3, (4) of this policy)",
    ),
    highEndChipInKeyField: flag(
      "属于重点支持领域的高端芯片产品",
      "A high-end chip product in a key supported field",
    ),
    firstTapeOutCost: money("首次流片费用", "Cost of the first tape-out"),
    keyMaterialOrEquipment: flag(
      "集成电路关键材料、核心设备等自主研发",
      "In-house R&D of key IC materials or core equipment",
    ),
    materialEquipmentRdInvestment: money(
      "关键材料、核心设备自主研发投入",
      "Own R&D investment in the key materials or core equipment",
    ),
    materialEquipmentSold: flag(
      "关键材料、核心设备已实现实际销售",
      "The materials or equipment have actually been sold",
    ),
    edaTool: flag("开展 EDA 工具技术攻关", "EDA-tool development"),
    edaRdInvestment: money("EDA 工具自主研发投入", "Own R&D investment in the EDA tool"),
    edaToolSold: flag("EDA 工具已实现实际销售", "The EDA tool has actually been sold"),
  })
  .meta({ title: "集成电路项目", titleEn: "IC project" });

/** Facts only the integrated circuits policy reads. */
export const integratedCircuitsSection = strict
  .object({
    icEnterprise: flag(
      "集成电路企业（设计、制造、封测、材料、装备或 EDA 工具）",
      "An IC enterprise (design, manufacturing, packaging and testing, materials, equipment or EDA tools)",
    ),
    keyProject: flag(
      "有集成电路重点项目（可推荐纳入省重大项目库）",
      "Has a key IC project (to be recommended for the provincial major-project pool)",
    ),
    cityMajorProject: flag("有市重大产业项目", "Has a city major industrial project"),
    passedNationalGuidance: flag(
      "该市重大产业项目已通过国家行业指导",
      "The city major industrial project has passed national industry guidance",
    ),
    productionLineProject: flag(
      "有集成电路产线项目在建或拟建",
      "Has an IC production-line project under way or planned",
    ),
    technologyUpgradeProject: flag("有技术改造项目", "Has a technology-upgrade project"),
    chainLeader: flag("集成电路产业链链主企业", "IC chain-leader enterprise"),
    chainLeaderPartner: flag(
      "集成电路链主企业的伙伴企业",
      "Partner enterprise of an IC chain leader",
    ),
    majorProjectApproved: flag(
      "牵头承担国家、省技术攻关任务，获批国家、省重大项目",
      "Leads national or provincial technology tasks with an approved national or provincial major project",
    ),
    terminalMakerOrIntegrator: flag(
      "终端厂商或系统方案集成商",
      "Device maker or system integrator",
    ),
    firstMarketPurchases: money(
      "当年度采购非关联集成电路企业首次上市产品的累计金额",
      "Purchases in the year of first-to-market products of non-affiliated IC enterprises",
    ),
    smallMediumDesignEnterprise: flag(
      "集成电路中小设计企业",
      "Small or medium IC design enterprise",
    ),
    techBreakthrough: flag(
      "开展技术攻关或承担国家技术攻关任务",
      "Working on technology breakthroughs or national technology tasks",
    ),
    supplyChainWhiteList: flag(
      "工信部保障产业链供应链“白名单”企业",
      "On the MIIT supply-chain “white list”",
    ),
    highLevelTalent: flag("有集成电路高层次人才", "Employs high-level IC talent"),
    capitalRaising: flag(
      "通过上市、并购重组、再融资或发行创新型融资工具募集资金",
      "Raising funds by listing, M&A, refinancing or innovative financing instruments",
    ),
    supplyChainGuarantee: flag(
      "为产业链核心配套企业提供供应链担保",
      "Guarantees supply-chain finance for core supporting enterprises",
    ),
    domesticChipProduct: flag(
      "有国产芯片产品需推广应用（首台套）",
      "Has domestic chip products to promote (first-of-a-kind)",
    ),
    districtFiscalSupport: money(
      "本区、县（市）财政对集成电路企业和项目的年度实际支持资金（申报主体为区、县（市）政府时填写）",
      "The district's actual fiscal support for IC enterprises and projects in the year (for district governments)",
    ),
    projects: list(
      icProjectSchema,
      "集成电路项目（首次流片、关键材料设备、EDA 工具）",
      "IC projects (first tape-out, key materials and equipment, EDA tools)",
      50,
    ),
  })
  .optional()
  .meta({ title: "集成电路", titleEn: "Integrated circuits" });
