import type { Amount, Certainty, ClauseResult, PolicyKey, PolicyTotal, Totals } from "./types";

type Sum = { min: number; max: number };
type Split = { fixed: Sum; upTo: Sum; toWin: Sum };
type Entry = Split & { eligible: number; unspecified: number };

const KEY: Record<Certainty, keyof Split> = { fixed: "fixed", "up-to": "upTo", "to-win": "toWin" };

const split = (): Split => ({
  fixed: { min: 0, max: 0 },
  upTo: { min: 0, max: 0 },
  toWin: { min: 0, max: 0 },
});

/** The headline: what the text gives on the conditions met (fixed + up to); to-win apart. */
const headline = (s: Split): Amount => ({
  min: s.fixed.min + s.upTo.min,
  max: s.fixed.max + s.upTo.max,
});

/**
 * Totals count eligible clauses for the applicant's own roles, in force, not superseded, split by
 * certainty (readings rule 9): amounts that depend on winning a selection or review are not in
 * the headline (`overall`, each policy's `min`/`max`) but stated apart as `toWin`.
 */
export function totalsOf(clauses: readonly ClauseResult[]): Totals {
  const entries: Partial<Record<PolicyKey, Entry>> = {};
  const all = split();
  for (const c of clauses) {
    const entry = (entries[c.policy] ??= { ...split(), eligible: 0, unspecified: 0 });
    if (c.status !== "eligible" || !c.forApplicant) continue;
    entry.eligible++;
    if (!c.amount) {
      if (c.kind !== "non-monetary") entry.unspecified++;
      continue;
    }
    const key = KEY[c.certainty];
    entry[key].min += c.amount.min;
    entry[key].max += c.amount.max;
    all[key].min += c.amount.min;
    all[key].max += c.amount.max;
  }
  const byPolicy: Partial<Record<PolicyKey, PolicyTotal>> = {};
  for (const [key, e] of Object.entries(entries) as [PolicyKey, Entry][])
    byPolicy[key] = { ...headline(e), ...e };
  return { overall: headline(all), fixed: all.fixed, upTo: all.upTo, toWin: all.toWin, byPolicy };
}
