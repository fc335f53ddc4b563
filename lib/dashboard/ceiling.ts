import type { AnyClause, Param } from "@/lib/engine/types";

/**
 * The parameters that state how much a clause pays at most ("最高", "上限", "奖励 x 万元"), by the
 * name the rules give them; thresholds, rates and counts are not ceilings.
 */
const CEILING_PARAMS = new Set([
  "cap",
  "award",
  "reward",
  "yearlyCap",
  "annualCap",
  "projectCap",
  "capByPhase",
  "capByClass",
  "capByCategory",
  "awardByCategory",
  "awardByStage",
  "awardByLevel",
]);

function largest(p: Param): number {
  switch (p.unit) {
    case "yuan":
      return p.value;
    case "tiers":
      return Math.max(0, ...p.value.map((t) => t.amount));
    case "table":
      return Math.max(0, ...Object.values(p.value).filter((v) => typeof v === "number"));
    default:
      return 0;
  }
}

/**
 * The most the text says the clause pays one item (its clause cap, else its largest ceiling
 * parameter or tier), in yuan; 0 when the text states no figure. Used to rank what missing facts
 * could unlock, never as an estimate.
 */
export function statedCeiling(clause: AnyClause): number {
  if (clause.kind === "unspecified" || clause.kind === "non-monetary") return 0;
  let best = 0;
  for (const [key, p] of Object.entries(clause.params as Record<string, Param>))
    if (CEILING_PARAMS.has(key) || p.unit === "tiers") best = Math.max(best, largest(p));
  return clause.clauseCap
    ? Math.min(best || clause.clauseCap.amount, clause.clauseCap.amount)
    : best;
}
