import type { Amount, EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { findClause } from "@/rules";
import { certaintyOf, type Certainty } from "./certainty";
import { statedCeiling } from "./ceiling";

/** A clause the client can claim, as the worklist shows it. */
export type WorklistClause = {
  readonly id: string;
  readonly policy: PolicyKey;
  readonly certainty: Certainty;
  /** Null when the text states no figure ("amount not stated"). */
  readonly amount: Amount | null;
};

/** A fact the profile does not answer, and what the clauses waiting for it pay at most. */
export type MissingFact = {
  readonly path: string;
  /** How many needs-info clauses ask for it. */
  readonly clauses: number;
  /** The sum of those clauses' stated ceilings, in yuan (0 when no text states a figure). */
  readonly ceiling: number;
};

/** One client's evaluation, reduced to what the worklist shows, filters and sorts by. */
export type WorklistSummary = {
  /** Sums of the claimable clauses' maxima by certainty, in yuan. */
  readonly fixed: number;
  readonly upTo: number;
  readonly toWin: number;
  readonly clauses: readonly WorklistClause[];
  readonly policies: readonly PolicyKey[];
  /** Clauses that could apply once facts are given, and what they state at most, in yuan. */
  readonly needsInfo: number;
  readonly needsInfoCeiling: number;
  /** The facts whose answers could unlock the most money, most first (at most MISSING_SHOWN). */
  readonly missing: readonly MissingFact[];
};

export const MISSING_SHOWN = 5;

/** fixed + up-to + to-win: the amount at stake the worklist sorts by. */
export const atStakeOf = (s: Pick<WorklistSummary, "fixed" | "upTo" | "toWin">) =>
  s.fixed + s.upTo + s.toWin;

/** Reduces an evaluation to the worklist's summary. Pure. */
export function summarise(result: EvaluationResult): WorklistSummary {
  const sums: Record<Certainty, number> = { fixed: 0, "up-to": 0, "to-win": 0 };
  const clauses: WorklistClause[] = [];
  const policies = new Set<PolicyKey>();
  const missing = new Map<string, { clauses: number; ceiling: number }>();
  let needsInfo = 0;
  let needsInfoCeiling = 0;
  for (const c of result.clauses) {
    if (!c.forApplicant) continue;
    if (c.status === "eligible") {
      const certainty = certaintyOf(c);
      sums[certainty] += c.amount?.max ?? 0;
      clauses.push({ id: c.id, policy: c.policy, certainty, amount: c.amount });
      policies.add(c.policy);
    } else if (c.status === "needs-info") {
      const clause = findClause(c.id);
      const ceiling = clause ? statedCeiling(clause) : 0;
      needsInfo += 1;
      needsInfoCeiling += ceiling;
      for (const path of c.questions) {
        const m = missing.get(path) ?? { clauses: 0, ceiling: 0 };
        m.clauses += 1;
        m.ceiling += ceiling;
        missing.set(path, m);
      }
    }
  }
  clauses.sort((a, b) => (b.amount?.max ?? -1) - (a.amount?.max ?? -1));
  return {
    fixed: sums.fixed,
    upTo: sums["up-to"],
    toWin: sums["to-win"],
    clauses,
    policies: [...policies],
    needsInfo,
    needsInfoCeiling,
    missing: [...missing]
      .map(([path, m]) => ({ path, ...m }))
      .sort((a, b) => b.ceiling - a.ceiling || b.clauses - a.clauses || (a.path < b.path ? -1 : 1))
      .slice(0, MISSING_SHOWN),
  };
}

/** The summary narrowed to one policy's clauses (the worklist filtered by policy). */
export function forPolicy(s: WorklistSummary, policy: PolicyKey): WorklistSummary {
  const clauses = s.clauses.filter((c) => c.policy === policy);
  const sum = (k: Certainty) =>
    clauses.reduce((t, c) => t + (c.certainty === k ? (c.amount?.max ?? 0) : 0), 0);
  return {
    ...s,
    clauses,
    policies: clauses.length ? [policy] : [],
    fixed: sum("fixed"),
    upTo: sum("up-to"),
    toWin: sum("to-win"),
  };
}
