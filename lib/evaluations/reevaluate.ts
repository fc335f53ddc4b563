import { evaluate } from "@/lib/engine/evaluate";
import type { Round } from "@/lib/engine/round";
import type { EvaluationResult } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { findClause, registry } from "@/rules";
import { diffEvaluations, type EvaluationDiff } from "./diff";

/**
 * Evaluates `profile` for `round` with the rules in force and compares the result with a saved
 * evaluation, naming the facts each changed clause reads.
 */
export function reevaluate(
  saved: { readonly profile: Profile; readonly result: EvaluationResult },
  profile: Profile,
  round: Round,
): { result: EvaluationResult; diff: EvaluationDiff } {
  const result = evaluate(registry, profile, round);
  const diff = diffEvaluations(saved.result, result, {
    profiles: { before: saved.profile, after: profile },
    readsOf: (id) => findClause(id)?.reads,
  });
  return { result, diff };
}
