import type { Registry } from "@/lib/engine/evaluate";
import type { PolicyRules } from "@/lib/engine/types";
import { rulesVersionOf } from "@/rules/version";

/**
 * The registry with one clause's `cap` parameter set to `cap` yuan: a new edition of the rules
 * (its version differs), as when a corrected reading raises a ceiling.
 */
export function withCap(rules: Registry, clauseId: string, cap: number): Registry {
  let found = false;
  const policies: PolicyRules[] = rules.policies.map((p) => ({
    ...p,
    clauses: p.clauses.map((c) => {
      if (c.id !== clauseId) return c;
      const old = (c.params as Record<string, { unit: string }>).cap;
      if (old?.unit !== "yuan") throw new Error(`${clauseId} has no cap in yuan`);
      found = true;
      return { ...c, params: { ...c.params, cap: { ...old, value: cap } } };
    }),
  }));
  if (!found) throw new Error(`no clause ${clauseId}`);
  return { version: rulesVersionOf(policies), policies };
}
