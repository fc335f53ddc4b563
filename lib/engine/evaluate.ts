import type { Profile } from "@/lib/profile/schema";
import type { EvaluationResult, IsoDate, PolicyKey, PolicyRules } from "./types";
import { statusOn } from "./validity";
import { prepare, type Registry } from "./prepare";
import { applyClause, receivedFrom } from "./apply";
import { resolveOverlaps } from "./overlaps";
import { applyEnterpriseCapGroup, applyItemCapGroup, sumClause } from "./caps";
import { clauseResultOf } from "./clause-result";
import { totalsOf } from "./totals";
import { NONE, type Working, type WorkingItem } from "./working";

export type { Registry } from "./prepare";
export { totalsOf } from "./totals";

export type EvaluateOptions = {
  /** Evaluate only these policies; default: the profile's industries, or all when none is chosen. */
  readonly policies?: readonly PolicyKey[];
};

function chosenPolicies(registry: Registry, profile: Profile, options: EvaluateOptions) {
  const chosen =
    options.policies ??
    (profile.enterprise.industries.length ? profile.enterprise.industries : undefined);
  return chosen
    ? registry.policies.filter((p) => chosen.includes(p.policy.key))
    : registry.policies;
}

/**
 * Evaluates a profile on a date against every clause of the chosen policies, in the README's
 * order: each item's eligibility → base × rate → item cap → clause cap → 从优、就高、不重复 → shared
 * caps → totals. Pure: never reads the clock.
 */
export function evaluate(
  registry: Registry,
  profile: Profile,
  asOf: IsoDate,
  options: EvaluateOptions = {},
): EvaluationResult {
  const prepared = prepare(registry);
  const rules = chosenPolicies(registry, profile, options);
  const working = applyClauses(rules, prepared.policies, profile, asOf);

  const byId = new Map<string, Working>();
  for (const w of working) if (prepared.capped.has(w.clause.id)) byId.set(w.clause.id, w);

  resolveOverlaps(working);
  for (const pr of rules)
    for (const g of pr.capGroups ?? []) if (g.scope === "item") applyItemCapGroup(g, byId, profile);
  for (const w of working) sumClause(w);
  for (const pr of rules)
    for (const g of pr.capGroups ?? [])
      if (g.scope === "enterprise") applyEnterpriseCapGroup(g, byId);

  const clauses = working.map(clauseResultOf);
  return {
    asOf,
    rulesVersion: registry.version,
    policies: rules.map((p) => ({ key: p.policy.key, status: statusOn(p.policy.validity, asOf) })),
    clauses,
    totals: totalsOf(clauses),
  };
}

/** Each clause's items: eligibility, base × rate, item caps (the clause's own amount function). */
function applyClauses(
  rules: readonly PolicyRules[],
  prepared: ReturnType<typeof prepare>["policies"],
  profile: Profile,
  asOf: IsoDate,
): Working[] {
  const roles = profile.enterprise.roles;
  const received = receivedFrom(profile);
  const working: Working[] = [];
  for (const pr of rules) {
    for (const { clause, validity, notForApplicant } of prepared.get(pr)!) {
      const forApplicant = roles.includes(clause.beneficiary);
      const w: Working = {
        clause,
        order: working.length,
        validityStatus: statusOn(validity, asOf),
        forApplicant,
        items: NONE as unknown as WorkingItem[],
        raw: null,
        listUnanswered: false,
        steps: NONE,
        amount: null,
      };
      if (forApplicant) applyClause(w, profile, asOf, received);
      else w.items = notForApplicant;
      working.push(w);
    }
  }
  return working;
}
