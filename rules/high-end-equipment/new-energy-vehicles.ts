import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, grew, growthAtLeast, shareAtLeast } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { asPercent, percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { tierDifference, tierReachConditions, type TierHistory } from "@/lib/engine/tiers";
import { L } from "../shared/labels";
import { answer } from "../shared/answers";
import { earlierThan, increaseLabel, yearLabel, yearText } from "../shared/years";
import type { Tier } from "@/lib/engine/types";
import { READ, growthKept, newVehicleModels, notYetReceived, type NewVehicleModel } from "./shared";

const capacityParams = {
  capacityShare: param.rate(
    percent(75),
    t(
      "年度实际产能达到核准产能的比例",
      "actual capacity as a share of approved capacity, at least",
    ),
  ),
  nevShare: param.rate(
    percent(50),
    t("新能源汽车占实际产量的比例（及以上）", "NEVs as a share of actual output, at least"),
  ),
  rate: param.rate(
    percent(5),
    t(
      "奖励比例（不高于新增工业增加值）",
      "share of the increase in industrial value added, at most",
    ),
  ),
  cap: param.yuan(wan(1000), t("一次性奖励上限", "one-off reward cap")),
};

/** 二、 One-off reward to NEV makers using their capacity. */
export const nevCapacityReward = defineClause({
  id: "high-end-equipment/2-a",
  policy: "high-end-equipment",
  article: "二、",
  page: 8,
  heading: "支持新能源汽车产能提升和整零配套发展",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对年度实际产能达到核准产能 75%且新能源汽车占实际产量 50%及以上的整车制造企业,按照不高于新增工业增加值 5%的比例(上年同比保持增长)给予不超过 1000 万元的一次性奖励。",
  summary: t(
    "年度实际产能达到核准产能 75%、新能源汽车占实际产量 50% 及以上的整车制造企业，按不高于新增工业增加值 5% 给予一次性奖励，最高 1000 万元（须上年同比保持增长）。",
    "Vehicle makers using at least 75% of approved capacity with NEVs at least 50% of output: a one-off reward of up to 5% of the increase in industrial value added, at most CNY 10M (growth kept the year before).",
  ),
  needs: t(
    "核准产能文件、年度产量与新能源汽车产量统计、近三年工业增加值统计数据",
    "Approved capacity, output and NEV output statistics, industrial value added of the last three years",
  ),
  readings: [
    READ.maximumStandard,
    READ.newIsGrowth,
    READ.growthKept,
    t("“一次性”：此前已获本条奖励的不再享受", "“One-off”: not again once received"),
  ],
  params: capacityParams,
  reads: [
    "highEndEquipment.vehicleMaker",
    "highEndEquipment.approvedCapacity",
    "highEndEquipment.actualCapacity",
    "highEndEquipment.actualOutput",
    "highEndEquipment.nevOutput",
    "finance.current.valueAdded",
    "finance.previous.valueAdded",
    "finance.twoYearsAgo.valueAdded",
    "awardsReceived",
  ],
  conditions: ({ profile, params, received, round }) => {
    const y = round.eventYear;
    const s = profile.highEndEquipment;
    const f = profile.finance;
    return [
      fact(t("整车制造企业", "a vehicle manufacturer"), s?.vehicleMaker, [
        "highEndEquipment.vehicleMaker",
      ]),
      shareAtLeast(
        yearLabel(
          y,
          0,
          "实际产能达到核准产能 75%",
          "actual capacity at least 75% of approved capacity in",
        ),
        s?.actualCapacity,
        s?.approvedCapacity,
        params.capacityShare.value,
        ["highEndEquipment.actualCapacity", "highEndEquipment.approvedCapacity"],
      ),
      shareAtLeast(
        t("新能源汽车占实际产量 50% 及以上", "NEVs at least 50% of actual output"),
        s?.nevOutput,
        s?.actualOutput,
        params.nevShare.value,
        ["highEndEquipment.nevOutput", "highEndEquipment.actualOutput"],
      ),
      grew(
        yearText(y, "{y} 年工业增加值较 {y-1} 年有新增", "industrial value added grew {y-1} → {y}"),
        f?.current?.valueAdded,
        f?.previous?.valueAdded,
        ["finance.current.valueAdded", "finance.previous.valueAdded"],
      ),
      growthKept(y, f?.previous?.valueAdded, f?.twoYearsAgo?.valueAdded, [
        "finance.previous.valueAdded",
        "finance.twoYearsAgo.valueAdded",
      ]),
      notYetReceived(received("high-end-equipment/2-a")),
    ];
  },
  amount: ({ profile, params, round }) => {
    const current = profile.finance!.current!.valueAdded!;
    const previous = profile.finance!.previous!.valueAdded!;
    return Calc.base(
      increaseLabel(round.eventYear, "新增工业增加值", "increase in industrial value added"),
      current - previous,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, t("一次性奖励上限", "one-off reward cap"))
      .upTo();
  },
});

const modelParams = {
  tiers: param.tiers(
    [
      {
        threshold: yi(50),
        amount: wan(200),
        label: t("年度销售额首次达到 50 亿元以上", "annual sales first reaching CNY 5B"),
      },
      {
        threshold: yi(100),
        amount: wan(400),
        label: t("年度销售额首次达到 100 亿元以上", "annual sales first reaching CNY 10B"),
      },
    ],
    t("新车型年度销售额档位（不超过）", "new-model annual sales tiers (up to)"),
  ),
};

const modelHistory = (
  item: NewVehicleModel,
  tiers: readonly Tier[],
  received: (clauseId: string, itemKey?: string) => number,
  eventYear: number,
): TierHistory => ({
  tiers,
  value: item.annualSales,
  before: item.priorBestAnnualSales,
  received: received("high-end-equipment/2-b", item.id),
  beforeFacts: ["highEndEquipment.newVehicleModels[].priorBestAnnualSales"],
  beforeYears: earlierThan(eventYear),
});

/** 二、 New vehicle models first reaching CNY 5B / 10B of annual sales. */
export const newModelSalesReward = defineClause({
  id: "high-end-equipment/2-b",
  policy: "high-end-equipment",
  article: "二、",
  page: 8,
  heading: "支持新能源汽车产能提升和整零配套发展",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对新列入工业和信息化部《道路机动车辆生产企业及产品公告》并生产单一新车型(含扩展车型)的整车制造企业,新车型(含扩展车型)年度销售额首次达到 50 亿元以上的,给予企业不超过 200万元的奖励;新车型(含扩展车型)年度销售额首次达到 100 亿元以上的给予企业不超过 400 万元的奖励,进档的奖励差额。",
  summary: t(
    "新列入工信部《道路机动车辆生产企业及产品公告》的新车型（含扩展车型），年度销售额首次达到 50 亿元、100 亿元以上的，分别给予不超过 200 万元、400 万元奖励，进档的补差额。",
    "New models (incl. derived models) newly listed in the MIIT announcement whose annual sales first reach CNY 5B / 10B: up to CNY 2M / 4M; moving up a tier pays the difference.",
  ),
  needs: t(
    "工信部《道路机动车辆生产企业及产品公告》列入文件、该车型年度销售额审计或统计数据",
    "Listing in the MIIT announcement, audited or official annual sales of the model",
  ),
  readings: [READ.maximumStandard, READ.firstReach],
  params: modelParams,
  reads: [
    "highEndEquipment.vehicleMaker",
    "highEndEquipment.newVehicleModels[].newlyListed",
    "highEndEquipment.newVehicleModels[].annualSales",
    "highEndEquipment.newVehicleModels[].priorBestAnnualSales",
    "awardsReceived",
  ],
  items: newVehicleModels,
  conditions: ({ profile, item, params, received, round }) => [
    answer(profile, "highEndEquipment.vehicleMaker", t("整车制造企业", "a vehicle manufacturer")),
    fact(
      t(
        "新列入《道路机动车辆生产企业及产品公告》的单一新车型（含扩展车型）",
        "a single new model newly listed in the MIIT announcement",
      ),
      item.newlyListed,
      ["highEndEquipment.newVehicleModels[].newlyListed"],
    ),
    atLeast(
      t("新车型年度销售额", "annual sales of the new model"),
      item.annualSales,
      params.tiers.value[0]!.threshold,
      {
        facts: ["highEndEquipment.newVehicleModels[].annualSales"],
      },
    ),
    ...tierReachConditions(modelHistory(item, params.tiers.value, received, round.eventYear)),
  ],
  amount: ({ item, params, received, round }) =>
    tierDifference(
      modelHistory(item, params.tiers.value, received, round.eventYear),
      yearLabel(round.eventYear, 0, "新车型奖励", "new-model reward"),
    )!.upTo(),
});

const purchaseParams = {
  purchaseThreshold: param.yuan(yi(1), t("年采购额达到", "annual purchases, at least")),
  growth: param.rate(
    percent(2),
    t("采购额较上年度增长（以上）", "growth of purchases on last year, at least"),
  ),
  rate: param.rate(percent(1), t("奖励比例（不高于新增部分）", "share of the increase, at most")),
  yearlyCap: param.yuan(wan(800), t("单个企业每年奖励上限", "reward cap per enterprise per year")),
};

/** 二、 Vehicle makers buying more from non-affiliated parts makers. */
export const partsPurchaseReward = defineClause({
  id: "high-end-equipment/2-c",
  policy: "high-end-equipment",
  article: "二、",
  page: 8,
  heading: "支持新能源汽车产能提升和整零配套发展",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: false,
  text: "对整车制造企业采购非关联零部件企业生产的产品,年采购额达到1 亿元以上且较上年度增长 2%以上(上年同比保持增长),按不高于新增部分 1%的比例给予奖励,单个企业每年奖励不超过 800 万元。(牵头单位:市经信局,配合单位:市财政局)",
  summary: t(
    "整车制造企业采购非关联零部件企业产品，年采购额达到 1 亿元以上且较上年度增长 2% 以上（上年同比保持增长）的，按不高于新增部分 1% 给予奖励，每年最高 800 万元。",
    "Vehicle makers buying from non-affiliated parts makers, purchases of at least CNY 100M growing at least 2% on last year (growth kept the year before): up to 1% of the increase, at most CNY 8M a year.",
  ),
  needs: t(
    "近三年向非关联零部件企业采购的合同、发票汇总及关联关系说明",
    "Contracts and invoices of purchases from non-affiliated parts makers over three years, with a statement of non-affiliation",
  ),
  readings: [READ.maximumStandard, READ.newIsGrowth, READ.growthKept],
  params: purchaseParams,
  reads: [
    "highEndEquipment.vehicleMaker",
    "highEndEquipment.partsPurchasesCurrent",
    "highEndEquipment.partsPurchasesPrevious",
    "highEndEquipment.partsPurchasesTwoYearsAgo",
  ],
  conditions: ({ profile, params, round }) => {
    const y = round.eventYear;
    const s = profile.highEndEquipment;
    return [
      fact(t("整车制造企业", "a vehicle manufacturer"), s?.vehicleMaker, [
        "highEndEquipment.vehicleMaker",
      ]),
      atLeast(
        yearLabel(
          y,
          0,
          "采购非关联零部件企业产品金额",
          "purchases from non-affiliated parts makers",
        ),
        s?.partsPurchasesCurrent,
        params.purchaseThreshold.value,
        {
          facts: ["highEndEquipment.partsPurchasesCurrent"],
        },
      ),
      growthAtLeast(
        yearText(y, "{y} 年采购额较 {y-1} 年增长 2% 以上", "purchases up at least 2% {y-1} → {y}"),
        s?.partsPurchasesCurrent,
        s?.partsPurchasesPrevious,
        asPercent(params.growth.value),
        {
          facts: [
            "highEndEquipment.partsPurchasesCurrent",
            "highEndEquipment.partsPurchasesPrevious",
          ],
        },
      ),
      growthKept(y, s?.partsPurchasesPrevious, s?.partsPurchasesTwoYearsAgo, [
        "highEndEquipment.partsPurchasesPrevious",
        "highEndEquipment.partsPurchasesTwoYearsAgo",
      ]),
    ];
  },
  amount: ({ profile, params, round }) => {
    const s = profile.highEndEquipment!;
    return Calc.base(
      increaseLabel(round.eventYear, "采购额新增部分", "increase in purchases"),
      s.partsPurchasesCurrent! - s.partsPurchasesPrevious!,
    )
      .rate(params.rate.value)
      .cap(params.yearlyCap.value, L.perEnterpriseYearCap)
      .upTo();
  },
});
