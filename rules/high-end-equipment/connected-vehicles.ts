import { anyFact, atLeast, fact, growthAtLeast } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { asPercent, percent, wan, yi } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { tierDifference, tierReachConditions, type TierHistory } from "@/lib/engine/tiers";
import type { Tier } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { answer } from "../shared/answers";
import { yearLabel, yearText, yearsBefore } from "../shared/years";
import { READ, growthKept } from "./shared";

/** Output value against the higher of last year's and (where entered) the year before's. */
const outputHistory = (
  p: EventProfile,
  tiers: readonly Tier[],
  received: number,
  eventYear: number,
): TierHistory => {
  const previous = p.finance?.previous?.outputValue;
  const twoYearsAgo = p.finance?.twoYearsAgo?.outputValue;
  return {
    tiers,
    value: p.finance?.current?.outputValue,
    before: previous == null ? undefined : Math.max(previous, twoYearsAgo ?? 0),
    received,
    beforeFacts: ["finance.previous.outputValue", "finance.twoYearsAgo.outputValue"],
    beforeYears: yearsBefore(eventYear),
  };
};

const outputParams = {
  tiers: param.tiers(
    [
      {
        threshold: yi(1),
        amount: wan(100),
        label: t("年产值首次达到 1 亿元", "annual output first reaching CNY 100M"),
      },
      {
        threshold: yi(5),
        amount: wan(200),
        label: t("年产值首次达到 5 亿元", "annual output first reaching CNY 500M"),
      },
      {
        threshold: yi(10),
        amount: wan(500),
        label: t("年产值首次达到 10 亿元", "annual output first reaching CNY 1B"),
      },
    ],
    t("年产值档位（一次性奖励，不超过）", "annual output tiers (one-off reward, up to)"),
  ),
  growth: param.rate(
    percent(20),
    t("年产值较上年度增长（以上）", "growth of output on last year, at least"),
  ),
};

const FIELD_FACTS = [
  "highEndEquipment.icvEnterprise",
  "highEndEquipment.fuelCellVehicleEnterprise",
] as const;

/** 三、 ICV and fuel-cell vehicle enterprises first reaching output tiers. */
export const icvOutputReward = defineClause({
  id: "high-end-equipment/3-a",
  policy: "high-end-equipment",
  article: "三、",
  page: 8,
  heading: "支持智能网联汽车技术创新和测试应用",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "支持整车、零部件和科技企业加大智能网联汽车、氢燃料电池汽车关键技术研发力度,对在关键共性技术及成套产品研发上有突破且企业年产值首次达到 1 亿元、5 亿元、10 亿元并形成一定销售量的,同时年产值较上年度增长 20%以上(上年同比保持增长)的智能网联汽车、氢燃料电池汽车企业,分别给予不超过 100 万元、200 万元、500 万元的一次性奖励。",
  summary: t(
    "在关键共性技术及成套产品研发上有突破的智能网联汽车、氢燃料电池汽车企业，年产值首次达到 1 亿元、5 亿元、10 亿元并形成一定销售量，且年产值较上年度增长 20% 以上（上年同比保持增长）的，分别给予不超过 100 万元、200 万元、500 万元的一次性奖励。",
    "ICV and fuel-cell vehicle enterprises with breakthroughs in key technologies whose output first reaches CNY 100M / 500M / 1B with sales, growing at least 20% (growth kept the year before): one-off rewards of up to CNY 1M / 2M / 5M.",
  ),
  needs: t(
    "关键共性技术及成套产品研发突破的证明、近三年工业总产值统计数据、销售合同或发票",
    "Evidence of the technical breakthrough, industrial output value of the last three years, sales contracts or invoices",
  ),
  readings: [
    READ.maximumStandard,
    READ.growthKept,
    READ.firstReach,
    t(
      "原文未写“进档补差”：按较保守理解，较高一档只补与较低档的差额，不累加（解读约定第 7 条）",
      "The text does not say the higher tier pays only the difference; the conservative reading pays the difference, not the sum (readings rule 7)",
    ),
    t(
      "“首次达到”按上年度和前年度（已填写时）年产值中的较高者判断",
      "“First reach” is judged against the higher of last year's and (where entered) the year before's output",
    ),
  ],
  params: outputParams,
  reads: [
    "highEndEquipment.icvEnterprise",
    "highEndEquipment.fuelCellVehicleEnterprise",
    "highEndEquipment.keyTechBreakthrough",
    "highEndEquipment.formedSales",
    "finance.current.outputValue",
    "finance.previous.outputValue",
    "finance.twoYearsAgo.outputValue",
    "awardsReceived",
  ],
  conditions: ({ profile, params, received, round }) => {
    const y = round.eventYear;
    const s = profile.highEndEquipment;
    const f = profile.finance;
    return [
      anyFact(
        t("智能网联汽车或氢燃料电池汽车企业", "an ICV or hydrogen fuel-cell vehicle enterprise"),
        [s?.icvEnterprise, s?.fuelCellVehicleEnterprise],
        FIELD_FACTS,
      ),
      fact(
        t(
          "在关键共性技术及成套产品研发上有突破",
          "a breakthrough in key common technologies and complete products",
        ),
        s?.keyTechBreakthrough,
        ["highEndEquipment.keyTechBreakthrough"],
      ),
      fact(t("形成一定销售量", "a certain sales volume"), s?.formedSales, [
        "highEndEquipment.formedSales",
      ]),
      atLeast(
        yearLabel(y, 0, "企业产值", "output value"),
        f?.current?.outputValue,
        params.tiers.value[0]!.threshold,
        { facts: ["finance.current.outputValue"] },
      ),
      growthAtLeast(
        yearText(y, "{y} 年产值较 {y-1} 年增长 20% 以上", "output up at least 20% {y-1} → {y}"),
        f?.current?.outputValue,
        f?.previous?.outputValue,
        asPercent(params.growth.value),
        { facts: ["finance.current.outputValue", "finance.previous.outputValue"] },
      ),
      growthKept(y, f?.previous?.outputValue, f?.twoYearsAgo?.outputValue, [
        "finance.previous.outputValue",
        "finance.twoYearsAgo.outputValue",
      ]),
      ...tierReachConditions(
        outputHistory(profile, params.tiers.value, received("high-end-equipment/3-a"), y),
      ),
    ];
  },
  amount: ({ profile, params, received, round }) =>
    tierDifference(
      outputHistory(
        profile,
        params.tiers.value,
        received("high-end-equipment/3-a"),
        round.eventYear,
      ),
      yearLabel(round.eventYear, 0, "产值一次性奖励", "one-off output reward"),
    )!.upTo(),
});

/** 三、 District support for autonomous-driving road tests (no figure). */
export const autonomousDrivingTests = defineClause({
  id: "high-end-equipment/3-b",
  policy: "high-end-equipment",
  article: "三、",
  page: 8,
  heading: "支持智能网联汽车技术创新和测试应用",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "unspecified",
  requiresReview: false,
  text: "鼓励具备条件的区、县(市)采用研发补贴、里程补贴等形式,支持智能网联汽车企业积极在杭参与自动驾驶道路测试和示范应用。支持具备条件的区、县(市)开展智能网联汽车开放测试道路和自动驾驶示范应用区建设。[牵头单位:市经信局,配合单位:市财政局,相关区、县(市)政府]",
  summary: t(
    "鼓励具备条件的区、县（市）以研发补贴、里程补贴等形式，支持智能网联汽车企业在杭参与自动驾驶道路测试和示范应用；金额未明确。",
    "Districts with the conditions are encouraged to support ICV enterprises' autonomous-driving road tests and demonstrations in Hangzhou with R&D or mileage subsidies; no amount stated.",
  ),
  needs: t(
    "自动驾驶道路测试或示范应用许可；补贴形式与标准由所在区、县（市）确定，请咨询所在区、县（市）政府或市经信局",
    "Road-test or demonstration permits; the form and size of support are set by the district — ask the district government or the Municipal Bureau of Economy and Information Technology",
  ),
  readings: [
    t(
      "本条由区、县（市）自行确定是否支持及标准，市级未规定金额",
      "Whether and how much to support is up to each district; the city states no figure",
    ),
  ],
  params: {},
  reads: ["highEndEquipment.icvEnterprise", "highEndEquipment.autonomousDrivingTests"],
  conditions: ({ profile }) => [
    answer(profile, "highEndEquipment.icvEnterprise", t("智能网联汽车企业", "an ICV enterprise")),
    answer(
      profile,
      "highEndEquipment.autonomousDrivingTests",
      t(
        "在杭参与自动驾驶道路测试和示范应用",
        "autonomous-driving road tests or demonstrations in Hangzhou",
      ),
    ),
  ],
});
