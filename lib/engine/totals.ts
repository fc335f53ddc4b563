import type { Amount, ClauseResult, PolicyTotal, Totals } from "./types";

/** Running sums of one policy (or all): flat numbers, so the hot loop allocates nothing. */
class Sums {
  fixedMin = 0;
  fixedMax = 0;
  upToMin = 0;
  upToMax = 0;
  toWinMin = 0;
  toWinMax = 0;
  eligible = 0;
  unspecified = 0;

  add(c: ClauseResult, a: Amount): void {
    if (c.certainty === "fixed") {
      this.fixedMin += a.min;
      this.fixedMax += a.max;
    } else if (c.certainty === "up-to") {
      this.upToMin += a.min;
      this.upToMax += a.max;
    } else {
      this.toWinMin += a.min;
      this.toWinMax += a.max;
    }
  }

  /** The headline (fixed + up to) as min/max, with the three parts and the counts beside it. */
  total(): PolicyTotal {
    return {
      min: this.fixedMin + this.upToMin,
      max: this.fixedMax + this.upToMax,
      fixed: { min: this.fixedMin, max: this.fixedMax },
      upTo: { min: this.upToMin, max: this.upToMax },
      toWin: { min: this.toWinMin, max: this.toWinMax },
      eligible: this.eligible,
      unspecified: this.unspecified,
    };
  }
}

/**
 * Totals count eligible clauses for the applicant's own roles, in force, not superseded, split by
 * certainty (readings rule 9): amounts that depend on winning a selection or review are not in
 * the headline (`overall`, each policy's `min`/`max`) but stated apart as `toWin`.
 */
export function totalsOf(clauses: readonly ClauseResult[]): Totals {
  const byPolicy: Record<string, PolicyTotal> = {};
  const all = new Sums();
  let sums: Sums | undefined;
  let policy = "";
  const close = () => {
    if (sums) byPolicy[policy] = sums.total();
  };
  // Clauses come grouped by policy, in the registry's order.
  for (const c of clauses) {
    if (c.policy !== policy || !sums) {
      close();
      policy = c.policy;
      sums = new Sums();
    }
    if (c.status !== "eligible" || !c.forApplicant) continue;
    sums.eligible++;
    if (!c.amount) {
      if (c.kind !== "non-monetary") sums.unspecified++;
      continue;
    }
    sums.add(c, c.amount);
    all.add(c, c.amount);
  }
  close();
  const { min, max, fixed, upTo, toWin } = all.total();
  return { overall: { min, max }, fixed, upTo, toWin, byPolicy };
}
