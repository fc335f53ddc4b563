import "server-only";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { compactClauses, type CompactClause } from "@/lib/evaluations/compact";
import { missingFacts } from "@/lib/report/missing-facts";

/** A payable clause of a batch row: [id, min, max, requiresReview]; amounts null when unstated. */
export type PaidClause = readonly [string, number | null, number | null, boolean];

/** [min, max] in yuan. */
export type Range = readonly [number, number];

/** A missing fact by its label: [Chinese, English]. */
export type MissingLabel = readonly [string, string];

/** How many missing facts a row keeps: the most valuable first. */
export const MISSING_KEPT = 3;

/** What a batch keeps of one evaluation: totals by certainty, per-policy totals, payable clauses. */
export type RowSummary = {
  /** fixed + up-to (the headline), as the engine's overall total. */
  readonly totalMin: number;
  readonly totalMax: number;
  readonly fixed: Range;
  readonly upTo: Range;
  /** Amounts that need a selection, ranking or review still to be won: stated apart. */
  readonly toWin: Range;
  readonly eligibleCount: number;
  readonly needsInfo: number;
  /** The facts that would settle the most valuable clauses waiting for information. */
  readonly missing: readonly MissingLabel[];
  /** policy → [min, max, eligible clauses] */
  readonly byPolicy: Partial<Record<PolicyKey, readonly [number, number, number]>>;
  readonly clauses: readonly PaidClause[];
  /** Per clause eligible or waiting for information: status, amount, certainty (for clients). */
  readonly compact: readonly CompactClause[];
};

const range = (a: { min: number; max: number }): Range => [a.min, a.max];

export function summarise(result: EvaluationResult, profile: Profile): RowSummary {
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
  const zh = needsInfo ? missingFacts(profile, result, "zh").slice(0, MISSING_KEPT) : [];
  const en = needsInfo ? missingFacts(profile, result, "en").slice(0, MISSING_KEPT) : [];
  return {
    totalMin: result.totals.overall.min,
    totalMax: result.totals.overall.max,
    fixed: range(result.totals.fixed),
    upTo: range(result.totals.upTo),
    toWin: range(result.totals.toWin),
    eligibleCount: clauses.length,
    needsInfo,
    missing: zh.map((m, i) => [m.label, en[i]?.label ?? m.label] as const),
    byPolicy,
    clauses,
    compact: compactClauses(result),
  };
}

/**
 * Whether the row's amount is unknown rather than nothing: no amount came out (none fixed, up to
 * or to win) while clauses still wait for information. Such a row reads “未知”, never 0.
 */
export function amountUnknown(s: RowSummary): boolean {
  return s.totalMax === 0 && s.toWin[1] === 0 && s.needsInfo > 0;
}

/** The clause list and the rest of the summary as stored in a batch result's clausesJson. */
type StoredClauses = {
  clauses: PaidClause[];
  fixed: Range;
  upTo: Range;
  toWin: Range;
  missing: MissingLabel[];
  compact?: CompactClause[];
};

export function storeClauses(s: RowSummary): string {
  const stored: StoredClauses = {
    clauses: [...s.clauses],
    fixed: s.fixed,
    upTo: s.upTo,
    toWin: s.toWin,
    missing: [...s.missing],
    compact: [...s.compact],
  };
  return JSON.stringify(stored);
}

/** A stored batch result as a summary; results stored before the split kept only the clauses. */
export function storedSummary(r: {
  totalMin: number;
  totalMax: number;
  eligibleCount: number;
  needsInfo: number;
  byPolicyJson: string;
  clausesJson: string;
}): RowSummary {
  const parsed = JSON.parse(r.clausesJson) as StoredClauses | PaidClause[];
  const stored: StoredClauses = Array.isArray(parsed)
    ? { clauses: parsed, fixed: [0, 0], upTo: [r.totalMin, r.totalMax], toWin: [0, 0], missing: [] }
    : parsed;
  return {
    totalMin: r.totalMin,
    totalMax: r.totalMax,
    eligibleCount: r.eligibleCount,
    needsInfo: r.needsInfo,
    byPolicy: JSON.parse(r.byPolicyJson) as RowSummary["byPolicy"],
    ...stored,
    compact: stored.compact ?? [],
  };
}
