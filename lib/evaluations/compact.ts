import { lastRoundOf, roundOf, roundStatusOf, statusForRound } from "@/lib/engine/round";
import { totalsOf } from "@/lib/engine/totals";
import type {
  Certainty,
  ClauseResult,
  ClauseStatus,
  EvaluationResult,
  PolicyKey,
} from "@/lib/engine/types";
import { findClause } from "@/rules";
import { POLICIES } from "@/rules/policies";

/**
 * A compact evaluation: per clause of the applicant that is eligible or waiting for information,
 * its status, amount and certainty. Batch runs keep it for each enterprise, and clients saved from
 * a batch are saved with it as their evaluation (a full result per enterprise of a 10,000-row file
 * would take gigabytes); it reads back as an EvaluationResult whose clauses carry no trace.
 */
export type CompactClause = readonly [
  id: string,
  status: "eligible" | "needs-info",
  min: number | null,
  max: number | null,
  certainty: Certainty,
];

export type CompactResult = {
  readonly compact: 1;
  readonly round: number;
  readonly rulesVersion: string;
  /** The policies evaluated (the profile's industries; all when it names none). */
  readonly policies?: readonly PolicyKey[];
  readonly clauses: readonly CompactClause[];
};

/** The policies an evaluation of `profile` covers, as evaluate() chooses them. */
export function policiesFor(industries: readonly PolicyKey[] | undefined): PolicyKey[] {
  return industries?.length ? [...industries] : (Object.keys(POLICIES) as PolicyKey[]);
}

export function compactClauses(result: EvaluationResult): CompactClause[] {
  const out: CompactClause[] = [];
  for (const c of result.clauses) {
    if (!c.forApplicant || (c.status !== "eligible" && c.status !== "needs-info")) continue;
    out.push([c.id, c.status, c.amount?.min ?? null, c.amount?.max ?? null, c.certainty]);
  }
  return out;
}

export function isCompact(stored: unknown): stored is CompactResult {
  return typeof stored === "object" && stored !== null && (stored as CompactResult).compact === 1;
}

/** The compact result as an EvaluationResult: totals recomputed from the clauses' amounts. */
export function expandCompact(stored: CompactResult): EvaluationResult {
  const round = roundOf(stored.round);
  const order = Object.keys(POLICIES);
  const clauses: ClauseResult[] = stored.clauses
    .map(([id, status, min, max, certainty]): ClauseResult | undefined => {
      const clause = findClause(id);
      if (!clause) return undefined;
      return {
        id,
        policy: clause.policy,
        kind: clause.kind,
        beneficiary: clause.beneficiary,
        forApplicant: true,
        status: status as ClauseStatus,
        requiresReview: clause.requiresReview ?? false,
        certainty,
        amount: min === null || max === null ? null : { min, max },
        items: [],
        steps: [],
        readings: [],
        nearMisses: [],
        questions: [],
      };
    })
    .filter((c): c is ClauseResult => c !== undefined)
    .sort((a, b) => order.indexOf(a.policy) - order.indexOf(b.policy));
  return {
    round,
    rulesVersion: stored.rulesVersion,
    policies: (Object.keys(POLICIES) as PolicyKey[])
      .filter((key) => !stored.policies || stored.policies.includes(key))
      .map((key) => ({
        key,
        status: statusForRound(POLICIES[key].validity, round),
        roundStatus: roundStatusOf(POLICIES[key].validity, round),
        lastRound: lastRoundOf(POLICIES[key].validity),
      })),
    clauses,
    totals: totalsOf(clauses),
  };
}
