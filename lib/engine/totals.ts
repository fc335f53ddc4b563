import type { ClauseResult, Totals } from "./types";

/** Totals count eligible clauses for the applicant's own roles, in force, not superseded. */
export function totalsOf(clauses: readonly ClauseResult[]): Totals {
  const byPolicy: Record<
    string,
    { min: number; max: number; eligible: number; unspecified: number }
  > = {};
  let min = 0;
  let max = 0;
  for (const c of clauses) {
    const entry = (byPolicy[c.policy] ??= { min: 0, max: 0, eligible: 0, unspecified: 0 });
    if (c.status !== "eligible" || !c.forApplicant) continue;
    entry.eligible++;
    if (!c.amount) {
      if (c.kind !== "non-monetary") entry.unspecified++;
      continue;
    }
    entry.min += c.amount.min;
    entry.max += c.amount.max;
    min += c.amount.min;
    max += c.amount.max;
  }
  return { overall: { min, max }, byPolicy };
}
