import { evaluate, type Registry } from "@/lib/engine/evaluate";
import type { EvaluationResult, IsoDate } from "@/lib/engine/types";
import { narrow, statusOn } from "@/lib/engine/validity";
import type { Profile } from "@/lib/profile/schema";

/**
 * What the dashboard evaluates clients on: the day (until application rounds land in the engine,
 * the evaluation date stands in for the round). `key` names the evaluations that come out the same:
 * the engine reads the date only for the validity of policies and clauses and for its year, so
 * two days of one year with the same policies and clauses in force share a key, and stored
 * summaries outlive the day they were computed on.
 */
export type WorklistBasis = { readonly asOf: IsoDate; readonly key: string };

const CODE = { "in-force": "i", expired: "e", "not-yet-effective": "n" } as const;

export function basisOn(asOf: IsoDate, rules: Registry): WorklistBasis {
  let key = `${asOf.slice(0, 4)}:`;
  for (const p of rules.policies) {
    key += CODE[statusOn(p.policy.validity, asOf)];
    for (const c of p.clauses)
      if (c.validity) key += CODE[statusOn(narrow(p.policy.validity, c.validity), asOf)];
  }
  return { asOf, key };
}

/** Evaluates a profile on the basis with the given rules. Pure. */
export function evaluateOn(
  rules: Registry,
  profile: Profile,
  basis: WorklistBasis,
): EvaluationResult {
  return evaluate(rules, profile, basis.asOf);
}
