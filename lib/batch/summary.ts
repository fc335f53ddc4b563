import "server-only";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";

/** A payable clause of a batch row: [id, min, max, requiresReview]; amounts null when unstated. */
export type PaidClause = readonly [string, number | null, number | null, boolean];

/** What a batch keeps of one evaluation: totals, per-policy totals, the payable clauses. */
export type RowSummary = {
  readonly totalMin: number;
  readonly totalMax: number;
  readonly eligibleCount: number;
  readonly needsInfo: number;
  /** policy → [min, max, eligible clauses] */
  readonly byPolicy: Partial<Record<PolicyKey, readonly [number, number, number]>>;
  readonly clauses: readonly PaidClause[];
};

export function summarise(result: EvaluationResult): RowSummary {
  const byPolicy: Partial<Record<PolicyKey, readonly [number, number, number]>> = {};
  for (const [key, v] of Object.entries(result.totals.byPolicy))
    if (v) byPolicy[key as PolicyKey] = [v.min, v.max, v.eligible];
  const clauses: PaidClause[] = [];
  let needsInfo = 0;
  for (const c of result.clauses) {
    if (c.status === "needs-info" && c.forApplicant) needsInfo++;
    if (c.status !== "eligible" || !c.forApplicant) continue;
    clauses.push([c.id, c.amount?.min ?? null, c.amount?.max ?? null, c.requiresReview]);
  }
  return {
    totalMin: result.totals.overall.min,
    totalMax: result.totals.overall.max,
    eligibleCount: clauses.length,
    needsInfo,
    byPolicy,
    clauses,
  };
}
