import type { ProfilePath } from "@/lib/profile/paths";
import { fact, oneOf } from "@/lib/engine/conditions";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";
import { maximumStandard } from "../shared/readings";
import type { Scope } from "../shared/scope";

/** Items of the green energy section. */
type Section = NonNullable<EventProfile["greenEnergy"]>;
export type Sector = NonNullable<Section["sector"]>;
export type Level = NonNullable<Section["greenFactoryLevel"]>;
export type HydrogenVehicles = NonNullable<Section["hydrogenVehicles"]>[number];
export type HydrogenRefuelling = NonNullable<Section["hydrogenRefuelling"]>[number];
export type PvProject = NonNullable<Section["pvProjects"]>[number];

export const hydrogenVehicles = namedItems<HydrogenVehicles>(
  (p) => p.greenEnergy?.hydrogenVehicles,
  "greenEnergy.hydrogenVehicles",
  t("车辆批次", "vehicle batch"),
);
export const hydrogenRefuelling = namedItems<HydrogenRefuelling>(
  (p) => p.greenEnergy?.hydrogenRefuelling,
  "greenEnergy.hydrogenRefuelling",
  t("加氢站年度", "station-year"),
);
export const pvProjects = namedItems<PvProject>(
  (p) => p.greenEnergy?.pvProjects,
  "greenEnergy.pvProjects",
  t("光伏项目", "PV project"),
);

/** 本意见有关奖补时间从 2023 年起计算. */
export const awardsFrom = param.year(
  2023,
  t("奖补时间起算年份（从 2023 年起计算）", "first year awards are counted for"),
);

/** The year the award is counted for is `from` (2023) or later; unknown when the year is unanswered. */
export function countedFrom(
  label: Text,
  year: number | undefined,
  from: number,
  facts: readonly ProfilePath[],
): Condition {
  return fact(label, year == null ? undefined : year >= from, facts);
}

/** The round's event year is `from` (2023) or later: the awards are counted from then. */
export function eventYearFrom(eventYear: number, from: number): Condition {
  return fact(
    t(
      `事项年度（${eventYear} 年）在 ${from} 年或以后（奖补时间从 ${from} 年起计算）`,
      `the event year (${eventYear}) is ${from} or later (awards are counted from ${from})`,
    ),
    eventYear >= from,
    [],
  );
}

/** Every answer but "not a green-energy enterprise". */
const GREEN_SECTORS: readonly Sector[] = [
  "energy-storage",
  "hydrogen",
  "photovoltaic",
  "wind",
  "energy-saving-environmental",
  "other-green-energy",
];

const GREEN_ENTERPRISE = t("绿色能源领域企业", "a green-energy enterprise");
const SECTOR_FACTS = ["greenEnergy.sector"] as const;

export const greenEnergyEnterprise = (sector: Sector | undefined): Condition =>
  oneOf(GREEN_ENTERPRISE, sector, GREEN_SECTORS, SECTOR_FACTS);

/** 绿色能源领域企业: the enterprises the clauses of 二、(三)3 and (五)3 are for. */
export const GREEN_ENERGY_ENTERPRISE: Scope = {
  reads: SECTOR_FACTS,
  condition: (profile) => greenEnergyEnterprise(profile.greenEnergy?.sector),
};

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: maximumStandard("本意见所列补助（奖励）"),
  from2023: t(
    "本意见有关奖补时间从 2023 年起计算：2023 年以前的年度、事件不计（解读约定第 11 条）",
    "Awards are counted from 2023: years and events before 2023 do not count (readings rule 11)",
  ),
  byOtherPolicies: (who: string, whoEn: string) =>
    t(
      `原文为“按有关政策给予支持（奖励）”，本意见未规定金额；具体标准请咨询${who}`,
      `The text refers to “the relevant policies” and states no amount; ask ${whoEn}`,
    ),
};
