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

/** The sectors named in the text (储能、氢能、光伏、风电、节能环保等), other green energy, or none. */
export const GE_SECTORS = [
  "energy-storage",
  "hydrogen",
  "photovoltaic",
  "wind",
  "energy-saving-environmental",
  "other-green-energy",
  "not-green-energy",
] as const;

/** The products of article 二、（三）2. (钠离子电池、液流电池…), or none of them. */
export const GE_EMERGING_PRODUCTS = [
  "sodium-ion-battery",
  "flow-battery",
  "solid-state-lithium-battery",
  "molten-salt-storage",
  "hydrogen-fuel-cell",
  "none",
] as const;

export const HYDROGEN_VEHICLE_TYPES = ["logistics", "refrigerated", "bus"] as const;

export const GE_LEVELS = ["national", "provincial", "city"] as const;

const levelLabels = {
  national: ["国家级", "National"],
  provincial: ["省级", "Provincial"],
  city: ["市级", "City"],
} as const;

/** A batch of hydrogen fuel-cell vehicles in demonstration operation (article 二、（四）1.). */
export const hydrogenVehicleSchema = strict
  .object({
    id: itemId,
    name: itemName,
    vehicleType: choice("车辆类型", "Kind of vehicle", HYDROGEN_VEHICLE_TYPES, {
      logistics: ["物流车", "Logistics vehicle"],
      refrigerated: ["冷藏车", "Refrigerated vehicle"],
      bus: ["公交车", "Bus"],
    }),
    vehicles: count("车辆数", "Number of vehicles", { unit: "vehicle" }),
    inDemonstration: flag(
      "在本市开展示范应用的氢燃料电池运营车辆",
      "Hydrogen fuel-cell vehicles in commercial demonstration operation in Hangzhou",
    ),
    startYear: year("投入示范运营年度", "Year the vehicles entered demonstration operation"),
  })
  .meta({ title: "氢燃料电池运营车辆", titleEn: "Hydrogen fuel-cell vehicles" });

/** One year of a hydrogen refuelling station's sales (article 二、（四）1.). */
export const hydrogenRefuellingSchema = strict
  .object({
    id: itemId,
    name: itemName,
    year: year("加注年度", "Year of the refuelling"),
    kilograms: quantity("该年度加氢量（公斤）", "Hydrogen dispensed in the year (kg)", "kg"),
    meetsGuidancePrice: flag(
      "终端售价符合国家燃料电池示范城市终端氢气指导价格",
      "Retail price meets the terminal hydrogen guidance price of the national fuel-cell demonstration cities",
    ),
  })
  .meta({ title: "加氢站年度加氢量", titleEn: "Hydrogen station, one year" });

/** A photovoltaic project (article 二、（四）2.). */
export const pvProjectSchema = strict
  .object({
    id: itemId,
    name: itemName,
    applicantIsInvestor: flag("本单位为项目投资主体", "The applicant is the project investor"),
    qualifying: flag(
      "符合市发改委等部门规定条件的光伏项目",
      "A photovoltaic project meeting the conditions set by the departments (the Hangzhou Development and Reform Commission and others)",
    ),
    gridCapacityWatts: quantity("实际并网容量（瓦）", "Actual grid-connected capacity (W)", "watt"),
    gridConnectionYear: year("并网年度", "Year of grid connection"),
  })
  .meta({ title: "光伏项目", titleEn: "Photovoltaic project" });

/** Facts only the green energy policy reads. */
export const greenEnergySection = strict
  .object({
    sector: choice("所属绿色能源领域", "Green-energy sector", GE_SECTORS, {
      "energy-storage": ["储能", "Energy storage"],
      hydrogen: ["氢能", "Hydrogen"],
      photovoltaic: ["光伏", "Photovoltaics"],
      wind: ["风电", "Wind power"],
      "energy-saving-environmental": ["节能环保", "Energy saving and environmental protection"],
      "other-green-energy": [
        "其他绿色能源（潮流能、地热能、光热、核电等）",
        "Other green energy (tidal, geothermal, solar thermal, nuclear…)",
      ],
      "not-green-energy": ["非绿色能源企业", "Not a green-energy enterprise"],
    }),
    emergingProduct: choice(
      "生产的新型储能或氢能产品",
      "New-type storage or hydrogen product made",
      GE_EMERGING_PRODUCTS,
      {
        "sodium-ion-battery": ["钠离子电池", "Sodium-ion batteries"],
        "flow-battery": ["液流电池", "Flow batteries"],
        "solid-state-lithium-battery": ["固态锂离子电池", "Solid-state lithium-ion batteries"],
        "molten-salt-storage": ["熔盐储能装备", "Molten-salt energy-storage equipment"],
        "hydrogen-fuel-cell": [
          "氢燃料电池系统及关键零部件",
          "Hydrogen fuel-cell systems and key components",
        ],
        none: ["均不生产", "None of these"],
      },
    ),
    relatedSalesCurrent: money("本年度上述相关业务销售收入", "Sales of that business this year"),
    relatedSalesPrevious: money("上年度上述相关业务销售收入", "Sales of that business last year"),
    hydrogenVehicles: list(
      hydrogenVehicleSchema,
      "氢燃料电池运营车辆",
      "Hydrogen fuel-cell vehicles",
      50,
    ),
    hydrogenRefuelling: list(
      hydrogenRefuellingSchema,
      "加氢站年度加氢量",
      "Hydrogen stations by year",
      50,
    ),
    pvProjects: list(pvProjectSchema, "光伏项目", "Photovoltaic projects", 50),
    zeroCarbonParkLevel: choice(
      "验收通过的零碳园区级别",
      "Level of the zero-carbon park that passed acceptance",
      GE_LEVELS,
      levelLabels,
    ),
    zeroCarbonParkAcceptanceYear: year(
      "零碳园区验收通过年度",
      "Year the zero-carbon park passed acceptance",
    ),
    greenFactoryLevel: choice(
      "获评的绿色低碳工厂最高级别",
      "Highest green low-carbon factory level obtained",
      GE_LEVELS,
      levelLabels,
    ),
    greenFactoryYear: year("获评该级别的年度", "Year that level was obtained"),
    greenFactoryEarlierLevel: choice(
      "此前（2023 年起）已获评的绿色低碳工厂最高级别（无则不填）",
      "Highest level obtained earlier, from 2023 (leave empty if none)",
      GE_LEVELS,
      levelLabels,
    ),
    infoOrTestingCentre: flag(
      "绿色能源领域公共资讯服务中心或检测检验中心",
      "Green-energy public information service centre or testing/inspection centre",
    ),
    standardRole: choice(
      "标准制定（修订）",
      "Standards drafted or revised",
      ["led-international", "led-national", "took-part-international", "none"],
      {
        "led-international": ["主导完成国际标准制定（修订）", "Led an international standard"],
        "led-national": ["主导完成国家标准制定（修订）", "Led a national standard"],
        "took-part-international": [
          "参与完成国际标准制定",
          "Took part in an international standard",
        ],
        none: ["均无", "None"],
      },
    ),
    governmentQualityAward: flag(
      "获得国家、省、市政府质量奖",
      "Won a national, provincial or city government quality award",
    ),
    fundBackedMajorProject: flag(
      "有绿色能源产业基金所投（拟投）的重大产业项目",
      "Has a major industrial project invested in (or proposed) by a green-energy industrial fund",
    ),
    openCompetitionProject: flag(
      "承担绿色能源领域“卡脖子”技术攻关或重大技术装备研发科技创新重大项目的揭榜项目",
      "Won (揭榜) a major green-energy S&T project on bottleneck technologies or major equipment",
    ),
    commonTechPlatform: flag(
      "符合要求的共性技术研发平台或制造业创新中心",
      "Qualifying common-technology R&D platform or manufacturing innovation centre",
    ),
    techTransferProject: flag(
      "有科技成果转化项目或重大成果在杭产业化项目团队",
      "Has a technology-transfer project or a team industrialising a major result in Hangzhou",
    ),
    usesInnovationVouchers: flag(
      "购买科技服务并使用科技创新券",
      "Buys technology services with innovation vouchers",
    ),
    firstSetEquipment: flag(
      "有绿色能源领域重大技术装备首台（套）产品",
      "Has a first-of-a-kind (首台套) major green-energy equipment product",
    ),
    renewableOrFeedstockEnergyUse: flag(
      "有新增可再生能源或原料用能",
      "Has new renewable-energy or feedstock energy use",
    ),
    keyLayoutDistrict: flag(
      "属于绿色能源产业重点布局的区、县（市）",
      "A district or county where the green-energy industry is concentrated",
    ),
    projectLandNeed: flag(
      "绿色能源产业项目有用地需求",
      "A green-energy industrial project needs land",
    ),
  })
  .optional()
  .meta({ title: "绿色能源", titleEn: "Green energy" });
