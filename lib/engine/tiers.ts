import { Calc } from "./calc";
import type { Tier } from "./types";
import { t, type Text } from "./text";
import type { Yuan } from "./money";

const RECEIVED_LOWER_TIER = t("已获较低档奖励", "already received at a lower tier");

/** The highest tier whose threshold is reached (inclusive unless strict), or undefined. */
export function highestTierReached(
  value: number,
  tiers: readonly Tier[],
  strict = false,
): Tier | undefined {
  let best: Tier | undefined;
  for (const tier of tiers) {
    const reached = strict ? value > tier.threshold : value >= tier.threshold;
    if (reached && (!best || tier.threshold > best.threshold)) best = tier;
  }
  return best;
}

/**
 * "First reaching" tiers (首次达到 … 进档的奖励差额): the reached tier's award less what this
 * clause already paid at a lower tier.
 */
export function firstReachTier(
  value: number,
  tiers: readonly Tier[],
  alreadyReceived: Yuan,
  label: Text,
  strict = false,
): Calc | undefined {
  const tier = highestTierReached(value, tiers, strict);
  if (!tier) return undefined;
  return Calc.fixed(
    t(`${label.zh}：${tier.label.zh}`, `${label.en}: ${tier.label.en}`),
    tier.amount,
  ).lessReceived(alreadyReceived, RECEIVED_LOWER_TIER);
}
