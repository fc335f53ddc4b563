import { choice, flag, itemId, itemName, list, money, quantity, year, strict } from "../fields";

export const BIO_MATERIAL_KINDS = ["bio-api", "pharma-excipient", "bio-based-material"] as const;

/** A biological API, pharmaceutical excipient or bio-based material (article 6). */
export const bioMaterialSchema = strict
  .object({
    id: itemId,
    name: itemName,
    kind: choice("产品类别", "Kind of product", BIO_MATERIAL_KINDS, {
      "bio-api": ["生物原料药", "Biological API"],
      "pharma-excipient": ["生物药用辅料", "Biological pharmaceutical excipient"],
      "bio-based-material": ["生物基材料", "Bio-based material"],
    }),
    cdeActivated: flag(
      "本年度在 CDE 的登记号状态由“I”（未激活）变为“A”（激活）",
      "CDE registration status changed from “I” (inactive) to “A” (active) this year",
    ),
    fdaCertified: flag("本年度通过美国 FDA 认证", "Certified by the US FDA this year"),
  })
  .meta({
    title: "生物原料药、药用辅料与生物基材料",
    titleEn: "Biological API, excipient or bio-based material",
  });

export const AESTHETIC_CATEGORIES = ["drug", "device-iii", "device-ii"] as const;

/** A medical-aesthetic drug or device (article 7). */
export const aestheticProductSchema = strict
  .object({
    id: itemId,
    name: itemName,
    category: choice("品种类别", "Category", AESTHETIC_CATEGORIES, {
      drug: ["医疗美容药品", "Medical-aesthetic drug"],
      "device-iii": ["三类医疗美容器械", "Class-III medical-aesthetic device"],
      "device-ii": ["二类医疗美容器械", "Class-II medical-aesthetic device"],
    }),
    certified: flag(
      "已获得国家药械注册证书",
      "National drug or device registration certificate obtained",
    ),
    certificateYear: year("获证年度", "Year the certificate was obtained"),
    industrialised: flag("已进行产业化（生产并形成销售）", "Industrialised (produced and sold)"),
    salesCurrent: money("本年度销售额", "Sales this year"),
    salesPrevious: money("上年度销售额", "Sales last year"),
    salesTwoYearsAgo: money("前年度销售额", "Sales the year before last"),
  })
  .meta({ title: "医疗美容药械", titleEn: "Medical-aesthetic product" });

/** A new cosmetic raw material (article 8). */
export const cosmeticIngredientSchema = strict
  .object({
    id: itemId,
    name: itemName,
    registeredOrFiled: flag(
      "已在国家药品监督管理局注册或备案",
      "Registered or filed with the NMPA",
    ),
    inInventory: flag(
      "已成功纳入《已使用化妆品原料目录（2021 年版）》",
      "Added to the Inventory of Existing Cosmetic Ingredients (2021 edition)",
    ),
  })
  .meta({ title: "化妆品新原料", titleEn: "New cosmetic raw material" });

/** A special cosmetic (article 8). */
export const specialCosmeticSchema = strict
  .object({
    id: itemId,
    name: itemName,
    registrationCertificate: flag(
      "本年度通过注册程序获得特殊化妆品产品注册证",
      "Special-cosmetic registration certificate obtained this year",
    ),
    hairDyeOrPerm: flag(
      "属于染发剂、烫发剂等（不予奖励）",
      "A hair dye, perming agent or similar (excluded)",
    ),
  })
  .meta({ title: "特殊化妆品", titleEn: "Special cosmetic" });

export const BREEDING_STAGES = ["productive-trial", "biosafety-certificate"] as const;

/** A bio-breeding product (article 9). */
export const breedingProductSchema = strict
  .object({
    id: itemId,
    name: itemName,
    stage: choice("本年度达到的最高阶段", "Highest stage reached this year", BREEDING_STAGES, {
      "productive-trial": ["进入生产性试验", "Entered productive trials"],
      "biosafety-certificate": ["获得转基因生物安全证书", "GMO biosafety certificate obtained"],
    }),
  })
  .meta({ title: "生物育种产品", titleEn: "Bio-breeding product" });

export const VARIETY_APPROVAL_LEVELS = ["national", "provincial"] as const;

/** A new crop variety (article 9). */
export const cropVarietySchema = strict
  .object({
    id: itemId,
    name: itemName,
    approvalLevel: choice(
      "本年度通过的最高审定级别",
      "Highest variety approval obtained this year",
      VARIETY_APPROVAL_LEVELS,
      {
        national: ["国家审定", "National approval"],
        provincial: ["省级审定", "Provincial approval"],
      },
    ),
    usesSynbioTransgenic: flag(
      "应用合成生物转基因技术",
      "Uses synthetic-biology transgenic technology",
    ),
  })
  .meta({ title: "农作物新品种", titleEn: "New crop variety" });

/** Standard plant in a synthetic-biology specialty park (article 10). */
export const parkSchema = strict
  .object({
    id: itemId,
    name: itemName,
    recognisedCityPark: flag(
      "经认定的市级合成生物特色园区",
      "Recognised city-level synthetic-biology specialty park",
    ),
    standardPlantArea: quantity("建设标准厂房面积", "Standard plant built", "m2"),
    plantInvestment: money("标准厂房投资总额", "Total investment in the standard plant"),
  })
  .meta({ title: "特色园区标准厂房", titleEn: "Specialty-park standard plant" });

/** A synthetic-biology forum or similar event (article 14). */
export const synbioEventSchema = strict
  .object({
    id: itemId,
    name: itemName,
    synbioForum: flag(
      "合成生物专业论坛等活动",
      "A synthetic-biology professional forum or similar event",
    ),
    organiser: flag("本单位为活动承办方", "The applicant is the event organiser (承办方)"),
  })
  .meta({ title: "合成生物论坛等活动", titleEn: "Synthetic-biology event" });

/** Facts only the synthetic biology policy reads. */
export const syntheticBiologySection = strict
  .object({
    inSyntheticBiology: flag(
      "从事合成生物相关领域研发、生产、服务等生产经营活动",
      "Engaged in synthetic-biology R&D, production or services",
    ),
    recognisedEnterprise: flag("经认定的合成生物企业", "Recognised synthetic-biology enterprise"),
    keyEnterprise: flag("合成生物重点企业", "Key synthetic-biology enterprise"),
    headquarters: flag("经认定的杭州总部企业", "Recognised Hangzhou headquarters enterprise"),
    inRecognisedPark: flag(
      "位于经认定的合成生物特色园区",
      "Located in a recognised synthetic-biology specialty park",
    ),
    highLevelTalent: flag("拥有或引进高层次人才", "Employs or recruits high-level talent"),
    platformOutboundContracts: money(
      "年度应用技术交易平台输出的合成生物技术合同交易额（高校、科研院所、新型研发机构）",
      "Outbound synthetic-biology technology-contract value through a technology-trading platform in the year (universities, institutes, new R&D institutions)",
    ),
    registeredContractsAsSeller: money(
      "年度累计认定登记的技术合同交易额（作为输出方，经技术交易平台）",
      "Technology-contract value recognised and registered in the year, as seller (through a trading platform)",
    ),
    registeredContractsAsBuyer: money(
      "年度累计认定登记的技术合同交易额（作为吸纳方，经技术交易平台）",
      "Technology-contract value recognised and registered in the year, as buyer (through a trading platform)",
    ),
    producesBioMaterials: flag(
      "生产生物原料药、生物药用辅料或生物基材料",
      "Produces biological APIs, pharmaceutical excipients or bio-based materials",
    ),
    peakRevenueBefore: money(
      "本年度以前各年度的最高营业收入（判断“首次超过”）",
      "Highest revenue of any earlier year (to tell whether a tier is exceeded for the first time)",
    ),
    bioMaterials: list(
      bioMaterialSchema,
      "生物原料药、药用辅料与生物基材料",
      "Biological APIs, excipients and bio-based materials",
      50,
    ),
    aestheticProducts: list(
      aestheticProductSchema,
      "医疗美容药械",
      "Medical-aesthetic drugs and devices",
      50,
    ),
    cosmeticsEnterprise: flag("从事化妆品研发生产", "Engaged in cosmetics R&D and production"),
    cosmeticIngredients: list(
      cosmeticIngredientSchema,
      "化妆品新原料",
      "New cosmetic raw materials",
      50,
    ),
    specialCosmetics: list(specialCosmeticSchema, "特殊化妆品", "Special cosmetics", 50),
    breedingProducts: list(breedingProductSchema, "生物育种产品", "Bio-breeding products", 50),
    cropVarieties: list(cropVarietySchema, "农作物新品种", "New crop varieties", 50),
    parks: list(parkSchema, "特色园区标准厂房", "Specialty-park standard plant", 20),
    events: list(
      synbioEventSchema,
      "合成生物论坛等活动",
      "Synthetic-biology forums and events",
      20,
    ),
  })
  .optional()
  .meta({ title: "合成生物", titleEn: "Synthetic biology" });
