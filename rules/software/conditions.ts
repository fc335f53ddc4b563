import { fact } from "@/lib/engine/conditions";
import type { Rate } from "@/lib/engine/money";
import { t, type Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";

/**
 * One of several alternatives ("小巨人、隐形冠军、鲲鹏企业以及达到一定规模的企业"): met when any
 * alternative is met, unmet when all are unmet, otherwise unknown; asks for every alternative's facts.
 */
export function anyOf(label: Text, alternatives: readonly Condition[]): Condition {
  const facts = [...new Set(alternatives.flatMap((c) => c.facts))];
  if (alternatives.some((c) => c.status === "met")) return { label, status: "met", facts };
  if (alternatives.every((c) => c.status === "unmet")) return { label, status: "unmet", facts };
  return { label, status: "unknown", facts };
}

/** Whether an answered list holds an item: undefined while the list is unanswered. */
export function listHas<T>(
  items: readonly T[] | undefined,
  test: (item: T) => boolean,
): boolean | undefined {
  return items === undefined ? undefined : items.some(test);
}

/**
 * 一、适用范围: the policy applies to registered software enterprises whose main business is software
 * and which meet the conditions of MIIT/NDRC/MOF/STA announcement 2021 No. 10.
 */
export const qualifiedSoftwareEnterprise = (p: Profile): Condition =>
  fact(
    t(
      "符合工信部等四部门公告（2021 年第 10 号）条件的软件企业",
      "a software enterprise meeting announcement 2021 No. 10",
    ),
    p.software?.qualifiedSoftwareEnterprise,
    ["software.qualifiedSoftwareEnterprise"],
  );

export const SCOPE_READS = ["software.qualifiedSoftwareEnterprise"] as const;

/** A rate as a number of percent, for thresholds compared with percentages: percent(20) → 20. */
export const asPercent = (r: Rate): number => (r.num * 100) / r.den;
