import { choice, flag, itemId, itemName, money, year, strict } from "../fields";

/** The biomedicine policy's products: drugs and medical devices, from trials to certificates and sales. */

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
