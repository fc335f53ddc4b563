import type { ProfilePath } from "@/lib/profile/paths";
import { fact, grew } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { namedItems } from "../shared/items";
import { yearText } from "../shared/years";
import { capScope, maximumStandard, tierDifference } from "../shared/readings";

/** Items of the high-end equipment section. */
type Section = NonNullable<EventProfile["highEndEquipment"]>;
export type KeyField = NonNullable<Section["keyField"]>;
export type NewVehicleModel = NonNullable<Section["newVehicleModels"]>[number];
export type FirstSetProduct = NonNullable<Section["firstSetProducts"]>[number];
export type ScenarioProject = NonNullable<Section["scenarioProjects"]>[number];

export const newVehicleModels = namedItems<NewVehicleModel>(
  (p) => p.highEndEquipment?.newVehicleModels,
  "highEndEquipment.newVehicleModels",
  t("新车型", "new model"),
);
export const firstSetProducts = namedItems<FirstSetProduct>(
  (p) => p.highEndEquipment?.firstSetProducts,
  "highEndEquipment.firstSetProducts",
  t("首台（套）产品", "first-of-a-kind product"),
);
export const scenarioProjects = namedItems<ScenarioProject>(
  (p) => p.highEndEquipment?.scenarioProjects,
  "highEndEquipment.scenarioProjects",
  t("场景应用开放项目", "scenario project"),
);

/** Readings (shared/policies/readings.md) the clauses of this policy cite. */
export const READ = {
  maximumStandard: maximumStandard("本措施所列补助（奖励）"),
  newIsGrowth: t(
    "“新增”按本年度减上年度计算（解读约定第 4 条）",
    "“新增” is this year's figure less last year's (readings rule 4)",
  ),
  growthKept: t(
    "“（上年同比保持增长）”作为单独条件：上年度也须较前年度增长，未知时需补充信息（解读约定第 5 条）",
    "“(上年同比保持增长)” is a condition of its own: last year must also have grown on the year before; unknown → needs information (readings rule 5)",
  ),
  capScope: capScope("企业", "enterprise"),
  firstReach: tierDifference,
  keyFields: t(
    "按较保守理解：“等”字之外的领域不计入，仅限原文列明的重点支持领域；其他领域可向市经信局咨询",
    "Conservative reading: only the key fields the text lists count (not others implied by “等”); ask the Municipal Bureau of Economy and Information Technology about other fields",
  ),
};

/**
 * "(上年同比保持增长)": the year before the event year's figure above the one before that's
 * ("上年同比保持增长：2024 年高于 2023 年").
 */
export function growthKept(
  eventYear: number,
  previous: number | undefined,
  twoYearsAgo: number | undefined,
  facts: readonly ProfilePath[],
): Condition {
  const label = yearText(
    eventYear,
    "上年同比保持增长：{y-1} 年高于 {y-2} 年",
    "growth kept: {y-1} above {y-2}",
  );
  return grew(label, previous, twoYearsAgo, facts);
}

/** A one-off award (一次性奖励) already received under the clause. */
export function notYetReceived(received: number): Condition {
  return fact(
    t("此前未获本条一次性奖励", "the one-off award has not been received before"),
    received === 0,
    ["awardsReceived"],
  );
}
