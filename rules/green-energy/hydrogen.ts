import { Calc, range } from "@/lib/engine/calc";
import { atLeast, fact, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { perUnit, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { READ, awardsFrom, countedFrom, hydrogenRefuelling, hydrogenVehicles } from "./shared";

const LEAD =
  "市经信局、市交通运输局、市发改委、市公安局、市邮政管理局、市国资委、市商务局、市财政局";
const V = "greenEnergy.hydrogenVehicles[]";
const H = "greenEnergy.hydrogenRefuelling[]";

const inDemonstration = (value: boolean | undefined) =>
  fact(
    t(
      "在本市开展示范应用的氢燃料电池运营车辆",
      "hydrogen fuel-cell vehicles in demonstration operation in Hangzhou",
    ),
    value,
    [`${V}.inDemonstration`],
  );

const vehicleParams = {
  minPerVehicle: param.yuan(wan(20), t("每辆补助标准下限", "lower bound per vehicle")),
  maxPerVehicle: param.table(
    { logistics: wan(40), refrigerated: wan(40), bus: wan(35) },
    t(
      "每辆补助标准上限（物流车、冷藏车 40 万元，公交车 35 万元）",
      "upper bound per vehicle (logistics and refrigerated CNY 400k, buses CNY 350k)",
    ),
    {
      logistics: t("物流车", "logistics vehicles"),
      refrigerated: t("冷藏车", "refrigerated vehicles"),
      bus: t("公交车", "buses"),
    },
  ),
  minVehicles: param.count(1, t("车辆数至少", "vehicles, at least")),
  awardsFrom,
};

const TYPE_LABELS = {
  logistics: t("物流车", "logistics vehicles"),
  refrigerated: t("冷藏车", "refrigerated vehicles"),
  bus: t("公交车", "buses"),
} as const;

/** 二、（四）1. Subsidies per hydrogen fuel-cell vehicle in demonstration operation. */
export const hydrogenVehicleSubsidy = defineClause({
  id: "green-energy/4.1-a",
  outsideScope: t(
    "原文面向在本市示范应用氢燃料电池车辆的运营单位（物流、公交等），不限于绿色能源企业（解读约定第 13 条）",
    "The text is for operators of hydrogen vehicles (logistics, buses), not only green-energy enterprises (readings rule 13)",
  ),
  policy: "green-energy",
  article: "二、（四）1.",
  page: 16,
  heading: "加快绿色能源替代应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对在本市开展示范应用的氢燃料电池运营车辆,物流车、冷藏车按 20 万—40 万元/辆的标准给予补助,公交车按 20 万—35 万元/辆的标准给予补助",
  summary: t(
    "在本市开展示范应用的氢燃料电池运营车辆，物流车、冷藏车按 20 万—40 万元/辆、公交车按 20 万—35 万元/辆给予补助。",
    "Hydrogen fuel-cell vehicles in demonstration operation in Hangzhou: CNY 200k–400k per logistics or refrigerated vehicle, CNY 200k–350k per bus.",
  ),
  needs: t(
    "车辆行驶证、示范应用运营证明；与本市加入国家燃料电池汽车示范应用城市群相关，请咨询市经信局",
    "Vehicle registration and proof of demonstration operation; tied to Hangzhou's part in the national fuel-cell vehicle demonstration cluster — ask the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    t(
      "原文给出每辆补助区间：估算为 20 万元 × 辆数 至 区间上限 × 辆数，具体标准未说明如何确定（解读约定第 2 条）",
      "The text gives a range per vehicle: the estimate runs from CNY 200k × vehicles to the upper bound × vehicles; how the rate is set is not stated (readings rule 2)",
    ),
    t(
      "按较保守理解：2023 年起投入示范运营的车辆才计入",
      "Conservative reading: only vehicles entering demonstration operation from 2023 count",
    ),
    READ.from2023,
  ],
  params: vehicleParams,
  reads: [`${V}.vehicleType`, `${V}.vehicles`, `${V}.inDemonstration`, `${V}.startYear`],
  items: hydrogenVehicles,
  conditions: ({ item, params }) => [
    inDemonstration(item.inDemonstration),
    oneOf(
      t("物流车、冷藏车或公交车", "a logistics, refrigerated vehicle or bus"),
      item.vehicleType,
      ["logistics", "refrigerated", "bus"],
      [`${V}.vehicleType`],
    ),
    atLeast(t("车辆数", "number of vehicles"), item.vehicles, params.minVehicles.value, {
      facts: [`${V}.vehicles`],
      unit: "number",
    }),
    countedFrom(
      t("2023 年起投入示范运营", "in demonstration operation from 2023"),
      item.startYear,
      params.awardsFrom.value,
      [`${V}.startYear`],
    ),
  ],
  amount: ({ item, params }) => {
    const type = item.vehicleType!;
    const n = item.vehicles!;
    const unit = TYPE_LABELS[type];
    return range(
      Calc.fixed(
        t(`每辆补助下限（${unit.zh}）`, `lower bound per vehicle (${unit.en})`),
        params.minPerVehicle.value,
      ).times(n, t("辆", "vehicles")),
      Calc.fixed(
        t(`每辆补助上限（${unit.zh}）`, `upper bound per vehicle (${unit.en})`),
        params.maxPerVehicle.value[type],
      ).times(n, t("辆", "vehicles")),
    );
  },
});

/** 二、（四）1. Road access for the same vehicles. */
export const hydrogenVehicleAccess = defineClause({
  id: "green-energy/4.1-b",
  outsideScope: t(
    "原文面向氢燃料电池运营车辆，不限于绿色能源企业（解读约定第 13 条）",
    "The text is for hydrogen vehicles in operation, not only green-energy enterprises (readings rule 13)",
  ),
  policy: "green-energy",
  article: "二、（四）1.",
  page: 16,
  heading: "加快绿色能源替代应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "并保障运营车辆通行权。",
  summary: t(
    "保障氢燃料电池示范运营车辆的通行权。",
    "Road access is guaranteed for hydrogen fuel-cell vehicles in demonstration operation.",
  ),
  needs: t(
    "通行事项请咨询市公安局、市交通运输局",
    "Ask the Municipal Public Security Bureau or the Municipal Transport Bureau about road access",
  ),
  params: {},
  reads: [`${V}.inDemonstration`],
  items: hydrogenVehicles,
  conditions: ({ item }) => [inDemonstration(item.inDemonstration)],
});

const KG = t("公斤", "kg");

const refuellingParams = {
  ratesByYear: param.table(
    { "2023": perUnit(20, KG), "2024": perUnit(20, KG), "2025": perUnit(15, KG) },
    t(
      "加氢补助标准（2023—2024 年度 20 元/公斤，2025 年度 15 元/公斤）",
      "refuelling subsidy (CNY 20/kg for 2023–2024, CNY 15/kg for 2025)",
    ),
    {
      "2023": t("2023 年度", "2023"),
      "2024": t("2024 年度", "2024"),
      "2025": t("2025 年度", "2025"),
    },
  ),
};

/** 二、（四）1. Refuelling subsidy per kilogram for stations at the guidance price. */
export const hydrogenRefuellingSubsidy = defineClause({
  id: "green-energy/4.1-c",
  policy: "green-energy",
  article: "二、（四）1.",
  page: 16,
  heading: "加快绿色能源替代应用",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对符合国家燃料电池示范城市终端氢气指导价格的加氢站运营企业,按 2023—2024 年度 20 元/公斤、2025年度 15 元/公斤的标准给予加氢补助。(责任单位:市经信局、市交通运输局、市发改委、市公安局、市邮政管理局、市国资委、市商务局、市财政局)",
  summary: t(
    "符合国家燃料电池示范城市终端氢气指导价格的加氢站运营企业，按 2023—2024 年度 20 元/公斤、2025 年度 15 元/公斤给予加氢补助。",
    "Hydrogen station operators selling at the demonstration-city guidance price: CNY 20 per kg for 2023–2024 and CNY 15 per kg for 2025.",
  ),
  needs: t(
    "加氢站经营许可、各年度加氢量与售价记录",
    "Station operating licence, yearly volumes and prices",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "补助标准按加氢量所属的自然年度确定；2023 年以前和 2025 年以后的加氢量不计",
      "The rate follows the calendar year of the kilograms; volumes before 2023 or after 2025 do not count",
    ),
    t("原文未规定上限", "The text states no cap"),
  ],
  params: refuellingParams,
  reads: [`${H}.year`, `${H}.kilograms`, `${H}.meetsGuidancePrice`],
  items: hydrogenRefuelling,
  conditions: ({ item, params }) => [
    fact(
      t(
        "售价符合国家燃料电池示范城市终端氢气指导价格",
        "price meets the demonstration-city guidance price",
      ),
      item.meetsGuidancePrice,
      [`${H}.meetsGuidancePrice`],
    ),
    oneOf(
      t("加氢量属于 2023、2024 或 2025 年度", "the kilograms were dispensed in 2023, 2024 or 2025"),
      item.year === undefined ? undefined : String(item.year),
      Object.keys(params.ratesByYear.value),
      [`${H}.year`],
    ),
    known(t("该年度加氢量", "kilograms dispensed in the year"), item.kilograms, [`${H}.kilograms`]),
  ],
  amount: ({ item, params }) => {
    const year = String(item.year!) as keyof typeof params.ratesByYear.value;
    return Calc.base(t(`${year} 年度加氢量`, `hydrogen dispensed in ${year}`), item.kilograms!, KG)
      .rate(params.ratesByYear.value[year], t(`${year} 年度补助标准`, `${year} rate`))
      .upTo();
  },
});
