import type { Yuan } from "@/lib/engine/money";
import type { Lang } from "@/lib/engine/text";
import type { AnyClause, EvaluationResult, Params } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { findClause } from "@/rules";
import { factLabel } from "@/lib/profile/labels";
import { baseYearOf } from "./facts-used";

/** Parameters that state what a clause pays at most (not thresholds, steps or city-wide pools). */
const CEILING_PARAM =
  /^(cap|award|reward|yearlyCap|annualCap|projectCap|tier\d|tiers|capBy\w+|awardBy\w+|maxPer\w+)$/;

/**
 * The most a clause's text states it pays (its clause cap, else its largest award or cap), for
 * ranking open questions; null when the text gives no ceiling.
 */
export function clauseCeiling(clause: AnyClause): Yuan | null {
  if (clause.clauseCap) return clause.clauseCap.amount;
  let best: Yuan | null = null;
  const consider = (v: unknown) => {
    if (typeof v === "number" && (best === null || v > best)) best = v;
  };
  for (const [key, p] of Object.entries(clause.params as Params)) {
    if (!CEILING_PARAM.test(key)) continue;
    if (p.unit === "yuan") consider(p.value);
    else if (p.unit === "tiers") p.value.forEach((tier) => consider(tier.amount));
    else if (p.unit === "table") Object.values(p.value).forEach(consider);
  }
  return best;
}

export type MissingFact = {
  readonly label: string;
  /** How many clauses waiting for information this fact would help settle. */
  readonly clauses: number;
  /** The sum of those clauses' stated ceilings; null when none states one. */
  readonly ceiling: Yuan | null;
};

/** The facts that open questions wait for, the most valuable first. */
export function missingFacts(
  profile: Profile,
  result: EvaluationResult,
  lang: Lang,
): MissingFact[] {
  const baseYear = baseYearOf(result);
  const byFact = new Map<string, { clauses: number; ceiling: Yuan | null }>();
  for (const c of result.clauses) {
    if (!c.forApplicant || c.status !== "needs-info") continue;
    const clause = findClause(c.id);
    const ceiling = clause ? clauseCeiling(clause) : null;
    for (const q of c.questions) {
      const entry = byFact.get(q) ?? { clauses: 0, ceiling: null };
      entry.clauses++;
      if (ceiling !== null) entry.ceiling = (entry.ceiling ?? 0) + ceiling;
      byFact.set(q, entry);
    }
  }
  return [...byFact]
    .map(([path, e]) => ({ label: factLabel(path, lang, baseYear), ...e }))
    .sort((a, b) => (b.ceiling ?? -1) - (a.ceiling ?? -1) || b.clauses - a.clauses);
}
