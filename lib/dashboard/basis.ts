import { evaluate, type Registry } from "@/lib/engine/evaluate";
import { roundOf, statusForRound, type Round } from "@/lib/engine/round";
import type { EvaluationResult, IsoDate } from "@/lib/engine/types";
import { narrow } from "@/lib/engine/validity";
import type { Profile } from "@/lib/profile/schema";
import { roundOn } from "@/lib/rounds";

/**
 * What the dashboard evaluates clients on: an application round (by default the one open or next
 * to open on the day). `key` names the evaluations that come out the same: the engine reads the
 * round for the validity of policies and clauses on its event year and for the year itself, so
 * stored summaries outlive the day they were computed on and change when the round does.
 */
export type WorklistBasis = { readonly round: Round; readonly key: string };

const CODE = { "in-force": "i", expired: "e", "not-yet-effective": "n" } as const;

export function basisForRound(round: Round, rules: Registry): WorklistBasis {
  let key = `${round.year}:`;
  for (const p of rules.policies) {
    key += CODE[statusForRound(p.policy.validity, round)];
    for (const c of p.clauses)
      if (c.validity) key += CODE[statusForRound(narrow(p.policy.validity, c.validity), round)];
  }
  return { round, key };
}

/** The basis on a day: the round open or next to open then. */
export function basisOn(asOf: IsoDate, rules: Registry): WorklistBasis {
  return basisForRound(roundOn(asOf), rules);
}

/** The basis of a saved evaluation: the round it was made for. */
export function basisOfRound(year: number, rules: Registry): WorklistBasis {
  return basisForRound(roundOf(year), rules);
}

/** Evaluates a profile on the basis with the given rules. Pure. */
export function evaluateOn(
  rules: Registry,
  profile: Profile,
  basis: WorklistBasis,
): EvaluationResult {
  return evaluate(rules, profile, basis.round);
}
