import type { ProfilePath } from "@/lib/profile/paths";
import { fact } from "@/lib/engine/conditions";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";

/**
 * 强化政府基金引导 (high-end-equipment/7, new-materials/4, green-energy/3.4-a): the city industrial
 * fund may invest directly in the major projects a government fund backs.
 */
export const EQUITY_NOT_GRANT = t(
  "股权直投，不是补助；金额由研究决策确定",
  "Equity investment, not a grant; the sum is decided case by case",
);

const FUND_BACKED = t(
  "政府产业基金所投（拟投）的重大产业项目",
  "a major industrial project invested in (or proposed) by a government industrial fund",
);

/** 政府产业基金所投（拟投）的重大产业项目, answered at `path` ("newMaterials.fundBackedMajorProject"). */
export function fundBackedProject(path: ProfilePath): (value: boolean | undefined) => Condition {
  const facts = [path] as const;
  return (value) => fact(FUND_BACKED, value, facts);
}
