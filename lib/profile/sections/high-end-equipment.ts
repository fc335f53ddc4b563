import { choice, count, flag, itemId, itemName, list, money, strict } from "../fields";

/** The key fields named in article 一 (本措施重点支持…), and "other" for everything else. */
export const HEE_FIELDS = [
  "robot",
  "additive-manufacturing",
  "cnc-machine-tool",
  "new-energy-vehicle",
  "power-system",
  "electric-control-system",
  "automotive-chip",
  "icv-key-parts",
  "rail-transit",
  "aerospace",
  "emergency-and-disaster-prevention",
  "instruments-and-testing",
  "other",
] as const;

const fieldLabels = {
  robot: ["智能装备·机器人", "Intelligent equipment: robots"],
  "additive-manufacturing": ["智能装备·增材制造", "Intelligent equipment: additive manufacturing"],
  "cnc-machine-tool": ["智能装备·数控机床", "Intelligent equipment: CNC machine tools"],
  "new-energy-vehicle": ["新能源及智能网联汽车·新能源汽车", "NEV and ICV: new-energy vehicles"],
  "power-system": ["新能源及智能网联汽车·动力系统", "NEV and ICV: power systems"],
  "electric-control-system": [
    "新能源及智能网联汽车·电控系统",
    "NEV and ICV: electric-control systems",
  ],
  "automotive-chip": ["新能源及智能网联汽车·汽车芯片", "NEV and ICV: automotive chips"],
  "icv-key-parts": [
    "新能源及智能网联汽车·智能网联汽车关键零部件",
    "NEV and ICV: key ICV components",
  ],
  "rail-transit": ["综合交通装备·轨道交通", "Transport equipment: rail transit"],
  aerospace: ["综合交通装备·航空航天", "Transport equipment: aerospace"],
  "emergency-and-disaster-prevention": [
    "特色专用装备·先进应急及自然灾害防治技术",
    "Special equipment: advanced emergency and natural-disaster prevention",
  ],
  "instruments-and-testing": [
    "检测与监测设备·仪器仪表和智能检测设备",
    "Testing and monitoring: instruments and intelligent testing equipment",
  ],
  other: ["其他领域（不在上述重点支持领域）", "Another field (none of the key fields above)"],
} as const;

/** A new vehicle model (including derived models) newly listed in the MIIT announcement (article 二). */
export const newVehicleModelSchema = strict
  .object({
    id: itemId,
    name: itemName,
    newlyListed: flag(
      "新列入工业和信息化部《道路机动车辆生产企业及产品公告》的单一新车型（含扩展车型）",
      "A single new model (incl. derived models) newly listed in the MIIT Announcement of Road Motor Vehicle Manufacturers and Products",
    ),
    annualSales: money(
      "本年度该新车型（含扩展车型）销售额",
      "Sales of the new model (incl. derived models) this year",
    ),
    priorBestAnnualSales: money(
      "此前各年度该车型最高年销售额（首年上市填 0）",
      "Highest annual sales of the model in any earlier year (0 in its first year)",
    ),
  })
  .meta({ title: "新车型", titleEn: "New vehicle model" });

/** A first-of-a-kind (首台套) product (article 五). */
export const firstSetProductSchema = strict
  .object({
    id: itemId,
    name: itemName,
    recognised: flag("经认定的首台（套）产品", "Recognised first-of-a-kind (首台套) product"),
    otherLevelAward: flag(
      "该产品已享受国家或省级首台（套）奖励政策",
      "The product already receives a national or provincial first-of-a-kind award",
    ),
    insuranceYear: count(
      "首台（套）保险的第几个连续投保年度（首年度为 1）",
      "Consecutive year of first-of-a-kind insurance (first year = 1)",
      { unit: "year" },
    ),
    premium: money("本投保年度实际保费", "Actual premium of this insurance year"),
    insuredAmount: money("保险金额（保额）", "Insured amount"),
    developedByApplicant: flag(
      "本单位为该首台（套）产品的研发企业",
      "The applicant developed the product",
    ),
    appliedWithinTwoYears: flag("两年内成功实现应用", "Successfully applied within two years"),
    awardYear: count(
      "应用奖励的第几个连续支持年度（首年为 1）",
      "Consecutive year of the application award (first year = 1)",
      { unit: "year" },
    ),
    annualSales: money("本年度该首台（套）产品销售总额", "Total sales of the product this year"),
  })
  .meta({ title: "首台（套）产品", titleEn: "First-of-a-kind product" });

/** An application-scenario opening project (article 六). */
export const scenarioProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    replicableOpenScenario: flag(
      "面向重点支持领域开放、可复制可推广的场景应用开放项目（本单位为建设单位）",
      "A replicable application-scenario opening project for the key fields, built by the applicant",
    ),
    totalInvestment: money("项目投资总额", "Total investment of the project"),
  })
  .meta({ title: "场景应用开放项目", titleEn: "Application-scenario opening project" });

/** Facts only the high-end equipment policy reads. */
export const highEndEquipmentSection = strict
  .object({
    keyField: choice(
      "所属高端装备重点支持领域",
      "Key field of high-end equipment",
      HEE_FIELDS,
      fieldLabels,
    ),
    vehicleMaker: flag("整车制造企业", "Vehicle manufacturer (整车制造企业)"),
    approvedCapacity: count("核准产能（辆/年）", "Approved capacity (vehicles a year)", {
      unit: "vehicle",
    }),
    actualCapacity: count("本年度实际产能（辆）", "Actual capacity this year (vehicles)", {
      unit: "vehicle",
    }),
    actualOutput: count("本年度实际产量（辆）", "Actual output this year (vehicles)", {
      unit: "vehicle",
    }),
    nevOutput: count("本年度新能源汽车产量（辆）", "New-energy vehicles produced this year", {
      unit: "vehicle",
    }),
    partsPurchasesCurrent: money(
      "本年度采购、应用非关联零部件企业生产的产品金额",
      "Purchases of products of non-affiliated parts makers, this year",
    ),
    partsPurchasesPrevious: money(
      "上年度采购、应用非关联零部件企业生产的产品金额",
      "Purchases of products of non-affiliated parts makers, last year",
    ),
    partsPurchasesTwoYearsAgo: money(
      "前年度采购、应用非关联零部件企业生产的产品金额",
      "Purchases of products of non-affiliated parts makers, the year before last",
    ),
    newVehicleModels: list(
      newVehicleModelSchema,
      "新车型（含扩展车型）",
      "New vehicle models (incl. derived models)",
      20,
    ),
    icvEnterprise: flag("智能网联汽车企业", "Intelligent connected vehicle (ICV) enterprise"),
    fuelCellVehicleEnterprise: flag("氢燃料电池汽车企业", "Hydrogen fuel-cell vehicle enterprise"),
    keyTechBreakthrough: flag(
      "在关键共性技术及成套产品研发上有突破",
      "Breakthrough in key common technologies and complete products",
    ),
    formedSales: flag("已形成一定销售量", "Has reached a certain sales volume"),
    autonomousDrivingTests: flag(
      "在杭参与自动驾驶道路测试和示范应用",
      "Takes part in autonomous-driving road tests and demonstrations in Hangzhou",
    ),
    rdHqOrBaseProject: flag(
      "在杭设立研发总部或生产基地的项目",
      "Project to set up an R&D headquarters or production base in Hangzhou",
    ),
    firstSetProducts: list(firstSetProductSchema, "首台（套）产品", "First-of-a-kind products", 50),
    scenarioProjects: list(
      scenarioProjectSchema,
      "场景应用开放项目",
      "Application-scenario opening projects",
      20,
    ),
    fundBackedMajorProject: flag(
      "有政府产业基金所投（拟投）的重大产业项目",
      "Has a major industrial project invested in (or proposed) by a government industrial fund",
    ),
  })
  .optional()
  .meta({ title: "高端装备", titleEn: "High-end equipment" });
