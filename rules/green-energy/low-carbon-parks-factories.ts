import { Calc } from "@/lib/engine/calc";
import { fact, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { tierDifference, tierReachConditions, type TierHistory } from "@/lib/engine/tiers";
import type { Tier } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { tierDifference as READ_TIERS } from "../shared/readings";
import { READ, awardsFrom, countedFrom, type Level } from "./shared";

const LEAD = "市发改委、市经信局、市生态环境局、市财政局、国网杭州供电公司";

const parkParams = {
  reward: param.yuan(
    wan(200),
    t("省级以上零碳园区奖励", "reward for a zero-carbon park at provincial level or above"),
  ),
  awardsFrom,
};

/** 二、（四）3. Reward for zero-carbon parks at provincial level or above. */
export const zeroCarbonPark = defineClause({
  id: "green-energy/4.3-a",
  policy: "green-energy",
  article: "二、（四）3.",
  page: 17,
  heading: "加快低(零)碳园区和工厂建设",
  leadDepartment: LEAD,
  beneficiary: "park-investor",
  kind: "fixed",
  requiresReview: false,
  text: "对验收通过的省级以上零碳园区给予 200 万元奖励,",
  summary: t(
    "验收通过的省级以上零碳园区，给予 200 万元奖励。",
    "Zero-carbon parks at provincial level or above that pass acceptance: CNY 2M.",
  ),
  needs: t(
    "省级以上零碳园区验收通过文件；由园区运营（管理）主体申报",
    "Acceptance of the zero-carbon park at provincial level or above; the park's operator applies",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "每个园区奖励一次；2023 年起验收通过的才计入",
      "Each park is rewarded once; only parks accepted from 2023 count",
    ),
    READ.from2023,
  ],
  params: parkParams,
  reads: [
    "greenEnergy.zeroCarbonParkLevel",
    "greenEnergy.zeroCarbonParkAcceptanceYear",
    "awardsReceived",
  ],
  conditions: ({ profile, params, received }) => [
    oneOf(
      t(
        "验收通过的省级以上零碳园区",
        "a zero-carbon park at provincial level or above that passed acceptance",
      ),
      profile.greenEnergy?.zeroCarbonParkLevel,
      ["national", "provincial"],
      ["greenEnergy.zeroCarbonParkLevel"],
    ),
    countedFrom(
      t("2023 年起验收通过", "accepted from 2023"),
      profile.greenEnergy?.zeroCarbonParkAcceptanceYear,
      params.awardsFrom.value,
      ["greenEnergy.zeroCarbonParkAcceptanceYear"],
    ),
    fact(
      t("此前未获本条奖励", "not rewarded under this clause before"),
      received("green-energy/4.3-a") === 0,
      ["awardsReceived"],
    ),
  ],
  amount: ({ params }) =>
    Calc.fixed(t("零碳园区奖励", "zero-carbon park reward"), params.reward.value).upTo(),
});

/** City 1, provincial 2, national 3: the order of the levels, as tier thresholds. */
const LEVEL_RANK: Record<Level, number> = { city: 1, provincial: 2, national: 3 };
const rankOf = (level: Level | undefined) => (level === undefined ? 0 : LEVEL_RANK[level]);

/** The level rated now against the level obtained earlier (none: no earlier tier). */
const factoryHistory = (
  p: EventProfile,
  tiers: readonly Tier[],
  received: number,
  firstYear: number,
): TierHistory => ({
  tiers,
  value: rankOf(p.greenEnergy?.greenFactoryLevel),
  before: rankOf(p.greenEnergy?.greenFactoryEarlierLevel),
  received,
  beforeFacts: ["greenEnergy.greenFactoryEarlierLevel"],
  beforeYears: t(`此前（${firstYear} 年起）`, `an earlier rating (from ${firstYear})`),
});

const factoryParams = {
  tiers: param.tiers(
    [
      {
        threshold: LEVEL_RANK.city,
        amount: wan(20),
        label: t("市级绿色低碳工厂", "city green low-carbon factory"),
      },
      {
        threshold: LEVEL_RANK.provincial,
        amount: wan(50),
        label: t("省级绿色低碳工厂", "provincial green low-carbon factory"),
      },
      {
        threshold: LEVEL_RANK.national,
        amount: wan(100),
        label: t("国家级绿色低碳工厂", "national green low-carbon factory"),
      },
    ],
    t("绿色低碳工厂级别奖励（进档的予以补差）", "rewards by level (moving up pays the difference)"),
  ),
  firstYear: param.year(2023, t("获评年度起", "rated from")),
  lastYear: param.year(2025, t("获评年度止", "rated until")),
};

/** 二、（四）3. Rewards for green low-carbon factories rated 2023–2025, paying the difference on moving up. */
export const greenLowCarbonFactory = defineClause({
  id: "green-energy/4.3-b",
  outsideScope: t(
    "原文面向获评绿色低碳工厂的企业，不限于绿色能源企业（解读约定第 13 条）",
    "The text is for any enterprise rated a green low-carbon factory (readings rule 13)",
  ),
  policy: "green-energy",
  article: "二、（四）3.",
  page: 17,
  heading: "加快低(零)碳园区和工厂建设",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "fixed",
  requiresReview: false,
  text: "对获评 2023—2025 年度国家级、省级、市级绿色低碳工厂的,分别给予 100 万元、50 万元、20 万元奖励(进档的予以补差)。(责任单位:市发改委、市经信局、市生态环境局、市财政局、国网杭州供电公司)",
  summary: t(
    "获评 2023—2025 年度国家级、省级、市级绿色低碳工厂的，分别奖励 100 万元、50 万元、20 万元，进档的补差额。",
    "Factories rated national / provincial / city green low-carbon factories for 2023–2025: CNY 1M / 500k / 200k; moving up a level pays the difference.",
  ),
  needs: t("绿色低碳工厂获评文件（级别与年度）", "The rating decision (level and year)"),
  readings: [
    READ.maximumStandard,
    t(
      "进档补差：此前（2023 年起）已获评的级别即以前年度已达的档次",
      "Moving up pays the difference: the level obtained earlier (from 2023) is the tier an earlier year reached",
    ),
    READ_TIERS,
  ],
  params: factoryParams,
  reads: [
    "greenEnergy.greenFactoryLevel",
    "greenEnergy.greenFactoryYear",
    "greenEnergy.greenFactoryEarlierLevel",
    "awardsReceived",
  ],
  conditions: ({ profile, params, received }) => {
    const s = profile.greenEnergy;
    return [
      oneOf(
        t(
          "获评国家级、省级或市级绿色低碳工厂",
          "rated a national, provincial or city green low-carbon factory",
        ),
        s?.greenFactoryLevel,
        ["national", "provincial", "city"],
        ["greenEnergy.greenFactoryLevel"],
      ),
      countedFrom(
        t("获评年度不早于 2023 年", "rated in 2023 or later"),
        s?.greenFactoryYear,
        params.firstYear.value,
        ["greenEnergy.greenFactoryYear"],
      ),
      fact(
        t("获评年度不晚于 2025 年", "rated in 2025 or earlier"),
        s?.greenFactoryYear == null ? undefined : s.greenFactoryYear <= params.lastYear.value,
        ["greenEnergy.greenFactoryYear"],
      ),
      ...tierReachConditions(
        factoryHistory(
          profile,
          params.tiers.value,
          received("green-energy/4.3-b"),
          params.firstYear.value,
        ),
      ),
    ];
  },
  amount: ({ profile, params, received }) =>
    tierDifference(
      factoryHistory(
        profile,
        params.tiers.value,
        received("green-energy/4.3-b"),
        params.firstYear.value,
      ),
      t("绿色低碳工厂奖励", "green low-carbon factory reward"),
    )!.upTo(),
});
