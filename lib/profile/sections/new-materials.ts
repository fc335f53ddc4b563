import { choice, count, flag, itemId, itemName, list, money, strict } from "../fields";

/** The five key fields of article 一 (一)–(五), another new-material field, or not a new-material enterprise. */
export const NM_FIELDS = [
  "functional-membrane",
  "high-performance-metal",
  "advanced-semiconductor",
  "biomaterial",
  "micro-nano",
  "other-new-material",
  "not-new-material",
] as const;

const fieldLabels = {
  "functional-membrane": ["功能膜材料", "Functional membrane materials"],
  "high-performance-metal": ["高性能金属材料", "High-performance metal materials"],
  "advanced-semiconductor": ["先进半导体材料", "Advanced semiconductor materials"],
  biomaterial: ["生物材料", "Biomaterials"],
  "micro-nano": ["微纳材料", "Micro/nano materials"],
  "other-new-material": [
    "其他新材料（不在上述重点支持领域）",
    "Another new material (none of the key fields above)",
  ],
  "not-new-material": ["非新材料企业", "Not a new-material enterprise"],
} as const;

/** A first-batch (首批次) new material (article 三). */
export const firstBatchMaterialSchema = strict
  .object({
    id: itemId,
    name: itemName,
    inCityCatalogue: flag(
      "符合《杭州市重点新材料首批次示范应用指导目录》",
      "Listed in the Hangzhou key new-material first-batch demonstration catalogue",
    ),
    inNationalOrProvincialCatalogue: flag(
      "入选国家或省重点新材料首批次应用示范指导目录",
      "Listed in the national or provincial key new-material first-batch demonstration catalogue",
    ),
    insuranceYear: count(
      "首批次新材料保险的第几个连续投保年度（首年度为 1）",
      "Consecutive year of first-batch insurance (first year = 1)",
      { unit: "year" },
    ),
    premium: money("本投保年度实际保费", "Actual premium of this insurance year"),
    insuredAmount: money("保险金额（保额）", "Insured amount"),
    nationalOrProvincialPremiumSubsidy: flag(
      "已获得国家或省级保费补贴",
      "Already received a national or provincial premium subsidy",
    ),
    firstSetEquipmentMaterialCompensated: flag(
      "属于已享受过保险补偿政策的首台（套）装备用材料",
      "A material for first-of-a-kind equipment that already received insurance compensation",
    ),
    provinciallyRecognised: flag(
      "经省级认定的首批次新材料",
      "Recognised as a first-batch new material by the province",
    ),
    provincialRecognitionAward: flag(
      "已享受省级首批次认定奖励",
      "Already received the provincial first-batch recognition award",
    ),
    firstYearSales: money(
      "首年度应用项目累计销售额",
      "Cumulative sales of the application projects in the first year",
    ),
  })
  .meta({ title: "首批次新材料", titleEn: "First-batch new material" });

/** Facts only the new materials policy reads. */
export const newMaterialsSection = strict
  .object({
    field: choice("所属新材料领域", "New-material field", NM_FIELDS, fieldLabels),
    competitiveCityProject: flag(
      "承担竞争性市级重大科技创新项目",
      "Undertakes a competitive city-level major S&T innovation project",
    ),
    openCompetitionProject: flag(
      "承担采用“揭榜挂帅”择优委托形式实施的重大科技创新项目",
      "Undertakes a major S&T innovation project commissioned through open competition (揭榜挂帅)",
    ),
    firstBatchMaterials: list(
      firstBatchMaterialSchema,
      "首批次新材料",
      "First-batch new materials",
      50,
    ),
    fundBackedMajorProject: flag(
      "有政府产业基金所投（拟投）的重大产业项目",
      "Has a major industrial project invested in (or proposed) by a government industrial fund",
    ),
    chemicalProject: flag(
      "有涉化新材料项目需要落地",
      "Has a chemical-related new-material project to site",
    ),
  })
  .optional()
  .meta({ title: "新材料", titleEn: "New materials" });
