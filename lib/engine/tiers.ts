import { Calc } from "./calc";
import type { Condition, ProfilePath, Tier } from "./types";
import { t, type Text } from "./text";
import type { Yuan } from "./money";

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
 * A tiered clause that pays the tier reached for the first time less what counts as paid
 * (首次达到 … 进档的奖励差额, readings rule 7): the larger of the award of the highest tier an
 * earlier year reached, claimed or not, and what the clause actually paid.
 */
export type TierHistory = {
  readonly tiers: readonly Tier[];
  /** This year's value, in the tiers' unit; undefined when not answered. */
  readonly value: number | undefined;
  /** The highest value of the earlier years; undefined when not answered. */
  readonly before: number | undefined;
  /** Awards the profile records as received under the clause (for the item). */
  readonly received: Yuan;
  /** "超过" (strictly above) rather than "达到" (at least). */
  readonly strict?: boolean;
  /** Profile paths that settle `before`, asked when it is unknown. */
  readonly beforeFacts: readonly ProfilePath[];
  /** The earlier years named in labels ("2024 年、2023 年" / "2024 or 2023"); "以前年度" without. */
  readonly beforeYears?: Text;
};

const EARLIER = t("以前年度", "an earlier year");
const earlierYears = (h: TierHistory) => h.beforeYears ?? EARLIER;

const RECEIVED = t("已获本条奖励", "already received under this clause");

/** What counts as paid: the earlier tier's award or the awards received, whichever is larger. */
function counted(h: TierHistory): { value: Yuan; label: Text } {
  const earlier = h.before == null ? undefined : highestTierReached(h.before, h.tiers, h.strict);
  if (earlier && earlier.amount > h.received)
    return {
      value: earlier.amount,
      label: t(
        `${earlierYears(h).zh}已达较低档（${earlier.label.zh}）应获奖励，未申领的也计入`,
        `due for the lower tier reached in ${earlierYears(h).en} (${earlier.label.en}), claimed or not`,
      ),
    };
  return { value: h.received, label: RECEIVED };
}

/**
 * The conditions of a first reach: the tier reached this year was not reached in an earlier year,
 * and it pays more than what counts as paid. None while no tier is reached or this year's value is
 * unknown (the clause's threshold condition asks for it); unknown while the earlier years are.
 */
export function tierReachConditions(h: TierHistory): Condition[] {
  const tier = h.value == null ? undefined : highestTierReached(h.value, h.tiers, h.strict);
  if (!tier) return [];
  const earlier = h.before == null ? undefined : highestTierReached(h.before, h.tiers, h.strict);
  const first: Condition = {
    label: t(
      `首次达到本档（${tier.label.zh}），${earlierYears(h).zh}未达到`,
      `this tier (${tier.label.en}) reached for the first time, not in ${earlierYears(h).en}`,
    ),
    status:
      h.before == null
        ? "unknown"
        : earlier && earlier.threshold >= tier.threshold
          ? "unmet"
          : "met",
    facts: h.beforeFacts,
  };
  if (first.status !== "met") return [first];
  const more: Condition = {
    label: t(
      `本档奖励高于已获（或${/^\d/.test(earlierYears(h).zh) ? " " : ""}${earlierYears(h).zh}已达较低档应获）的奖励`,
      `this tier pays more than what was received (or was due for a lower tier reached in ${earlierYears(h).en})`,
    ),
    status: tier.amount > counted(h).value ? "met" : "unmet",
    facts: ["awardsReceived", ...h.beforeFacts],
  };
  return [first, more];
}

/** The award: the tier reached this year less what counts as paid; undefined when no tier is reached. */
export function tierDifference(h: TierHistory, label: Text): Calc | undefined {
  const tier = h.value == null ? undefined : highestTierReached(h.value, h.tiers, h.strict);
  if (!tier) return undefined;
  const paid = counted(h);
  return Calc.fixed(
    t(`${label.zh}：${tier.label.zh}`, `${label.en}: ${tier.label.en}`),
    tier.amount,
  ).lessReceived(paid.value, paid.label);
}
