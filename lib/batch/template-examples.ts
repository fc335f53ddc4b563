import "server-only";
import { withCheckChar } from "@/lib/clients/credit-code";

/**
 * The template's example rows: three enterprises with valid Zhejiang credit codes (登记管理机关
 * 91, 行政区划 330106 西湖区 / 330110 余杭区 / 330108 滨江区, check character per GB 32100) and
 * items linked to them, written as people write them (labels, 是/否, “3000万”).
 */
export const EXAMPLE_CODES: readonly string[] = [
  withCheckChar("91330106MA2B00001"),
  withCheckChar("91330110MA2C00002"),
  withCheckChar("91330108MA2D00003"),
];

/** Per example enterprise: its cells by profile path (the others take the column's example). */
export const EXAMPLE_ENTERPRISES: readonly Record<string, string>[] = [
  {
    "enterprise.name": "杭州示例生物医药有限公司",
    "enterprise.creditCode": EXAMPLE_CODES[0]!,
    "enterprise.district": "西湖区",
    "enterprise.industries": "生物医药",
  },
  {
    "enterprise.name": "杭州示例智能装备有限公司",
    "enterprise.creditCode": EXAMPLE_CODES[1]!,
    "enterprise.district": "余杭区",
    "enterprise.industries": "高端装备",
  },
  {
    "enterprise.name": "杭州示例软件有限公司",
    "enterprise.creditCode": EXAMPLE_CODES[2]!,
    "enterprise.district": "滨江区",
    "enterprise.industries": "软件和信息技术服务",
  },
];

type ExampleItem = readonly [enterprise: number, cells: Record<string, string>];

/** Example items per list path, as written in the sheet (choices by their Chinese label). */
export const EXAMPLE_ITEMS: Readonly<Record<string, readonly ExampleItem[]>> = {
  "biomedicine.drugs": [
    [
      0,
      {
        id: "D1",
        name: "示例创新药 A",
        drugType: "化学药",
        registrationClass: "1 类",
        clinicalPhase: "Ⅱ期",
        licensedAndIndustrialised: "是",
        rdInvestment: "3000万",
        registrationCertificate: "否",
      },
    ],
  ],
  "biomedicine.devices": [
    [
      0,
      {
        id: "M1",
        name: "示例三类器械",
        deviceClass: "三类",
        firstRegistrationCertificate: "是",
        industrialised: "是",
        certificateYear: "2024",
        rdInvestment: "12000000",
      },
    ],
  ],
  projects: [
    [
      1,
      {
        id: "P1",
        name: "示例智能产线技改项目",
        year: "2024",
        totalInvestment: "1.2亿",
        eligibleInvestment: "8000万",
        isIndustrialisation: "是",
        isFixedAssetInvestment: "是",
        completed: "是",
      },
    ],
  ],
  loans: [
    [
      1,
      {
        id: "L1",
        name: "示例技改贷款",
        projectId: "P1",
        kind: "银行贷款",
        amount: "5000万",
        year: "2024",
      },
    ],
  ],
  "highEndEquipment.firstSetProducts": [
    [
      1,
      {
        id: "F1",
        name: "示例首台（套）装备",
        recognised: "是",
        developedByApplicant: "是",
        annualSales: "2000万",
      },
    ],
  ],
  "software.firstVersionProducts": [
    [2, { id: "S1", name: "示例工业软件 V1.0", listLevel: "省级", annualSales: "600万" }],
  ],
};

/** Example rows of the policy sheets (“××企业情况”), by section, keyed by fact path. */
export const EXAMPLE_FACTS: Readonly<Record<string, readonly ExampleItem[]>> = {
  biomedicine: [[0, { "biomedicine.frontierResearch": "是", "biomedicine.highLevelTalent": "否" }]],
  highEndEquipment: [[1, { "highEndEquipment.vehicleMaker": "否" }]],
};
