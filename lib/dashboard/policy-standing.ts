import type { IsoDate, PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";

/** Days before a policy's last day from which the dashboard calls it ending. */
export const ENDING_WITHIN_DAYS = 60;

export type PolicyStanding = "in-force" | "ending" | "ended" | "not-yet-effective";

const DAY = 24 * 60 * 60 * 1000;
const daysBetween = (from: IsoDate, to: IsoDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** A policy's standing on `today`: ending when its last day is at most ENDING_WITHIN_DAYS away. */
export function policyStanding(key: PolicyKey, today: IsoDate): PolicyStanding {
  const { from, to } = POLICIES[key].validity;
  if (today < from) return "not-yet-effective";
  if (today > to) return "ended";
  return daysBetween(today, to) <= ENDING_WITHIN_DAYS ? "ending" : "in-force";
}

/** The policies ending within ENDING_WITHIN_DAYS of `today`, with their last day. */
export function endingPolicies(
  today: IsoDate,
): { key: PolicyKey; lastDay: IsoDate; days: number }[] {
  return (Object.keys(POLICIES) as PolicyKey[])
    .filter((k) => policyStanding(k, today) === "ending")
    .map((k) => ({
      key: k,
      lastDay: POLICIES[k].validity.to,
      days: daysBetween(today, POLICIES[k].validity.to),
    }))
    .sort((a, b) => a.days - b.days);
}
