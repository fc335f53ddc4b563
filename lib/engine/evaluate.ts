import type { Profile } from "@/lib/profile/schema";
import { eventView, type EventProfile } from "@/lib/profile/years";
import type { EvaluationResult, PolicyKey, PolicyRules } from "./types";
import { prepare, type Registry } from "./prepare";
import { applyClause, receivedFrom } from "./apply";
import { resolveOverlaps } from "./overlaps";
import { clauseNames } from "./article";
import { applyEnterpriseCapGroup, applyItemCapGroup, sumClause } from "./caps";
import { clauseResultOf } from "./clause-result";
import { totalsOf } from "./totals";
import { lastRoundOf, partialYearNotes, roundStatusOf, statusForRound, type Round } from "./round";
import { NONE, pushStep, type Working, type WorkingItem } from "./working";

export type { Registry } from "./prepare";
export { totalsOf } from "./totals";

export type EvaluateOptions = {
  /** Evaluate only these policies; default: the profile's industries, or all when none is chosen. */
  readonly policies?: readonly PolicyKey[];
};

function chosenPolicies(registry: Registry, profile: EventProfile, options: EvaluateOptions) {
  const chosen =
    options.policies ??
    (profile.enterprise.industries.length ? profile.enterprise.industries : undefined);
  return chosen
    ? registry.policies.filter((p) => chosen.includes(p.policy.key))
    : registry.policies;
}

/**
 * Evaluates a profile for an application round (the events of `round.eventYear`, readings rule
 * 12) against every clause of the chosen policies, in the README's order: each item's eligibility
 * → base × rate → item cap → clause cap → 从优、就高、不重复 → shared caps → totals. Pure: the round is
 * an argument, the clock is never read. The rules read the profile's yearly figures relative to
 * the round's event year (lib/profile/years.ts).
 */
export function evaluate(
  registry: Registry,
  stored: Profile,
  round: Round,
  options: EvaluateOptions = {},
): EvaluationResult {
  const profile = eventView(stored, round.eventYear);
  const prepared = prepare(registry);
  const rules = chosenPolicies(registry, profile, options);
  const working = applyClauses(rules, prepared.policies, profile, round);

  const byId = new Map<string, Working>();
  for (const w of working) if (prepared.capped.has(w.clause.id)) byId.set(w.clause.id, w);

  resolveOverlaps(working, clauseNames(registry.policies));
  for (const pr of rules)
    for (const g of pr.capGroups ?? []) if (g.scope === "item") applyItemCapGroup(g, byId, profile);
  for (const w of working) sumClause(w);
  for (const pr of rules)
    for (const g of pr.capGroups ?? [])
      if (g.scope === "enterprise") applyEnterpriseCapGroup(g, byId);

  const clauses = working.map(clauseResultOf);
  return {
    round,
    rulesVersion: registry.version,
    policies: rules.map((p) => ({
      key: p.policy.key,
      status: statusForRound(p.policy.validity, round),
      roundStatus: roundStatusOf(p.policy.validity, round),
      lastRound: lastRoundOf(p.policy.validity),
    })),
    clauses,
    totals: totalsOf(clauses),
  };
}

/**
 * Each clause's items: eligibility, base × rate, item caps (the clause's own amount function).
 * A clause is in force when the round's event year overlaps its validity; an event year only
 * partly inside gets a trace note saying which events are excluded.
 */
function applyClauses(
  rules: readonly PolicyRules[],
  prepared: ReturnType<typeof prepare>["policies"],
  profile: EventProfile,
  round: Round,
): Working[] {
  const roles = profile.enterprise.roles;
  const received = receivedFrom(profile);
  const working: Working[] = [];
  for (const pr of rules) {
    for (const { clause, validity, notForApplicant } of prepared.get(pr)!) {
      const forApplicant = roles.includes(clause.beneficiary);
      const validityStatus = statusForRound(validity, round);
      const w: Working = {
        clause,
        order: working.length,
        validityStatus,
        forApplicant,
        items: NONE as unknown as WorkingItem[],
        raw: null,
        listUnanswered: false,
        steps: NONE,
        amount: null,
        cap: clause.clauseCap?.amount,
      };
      if (validityStatus === "in-force")
        for (const text of partialYearNotes(validity, round)) pushStep(w, { op: "note", text });
      if (forApplicant) applyClause(w, profile, round, received, validity);
      else w.items = notForApplicant;
      working.push(w);
    }
  }
  return working;
}
