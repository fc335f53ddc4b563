import type { Round } from "@/lib/engine/round";
import type { ProfilePath } from "@/lib/profile/paths";
import type { Text } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";
import { answer, type AnswerPath } from "./answers";

/**
 * Who a policy is for (适用范围: a qualified software enterprise, a green-energy enterprise, a
 * new-material enterprise), as a condition with the facts it reads.
 */
export type Scope = {
  readonly reads: readonly ProfilePath[];
  readonly condition: (profile: EventProfile) => Condition;
};

/** The reads and conditions of a clause that asks the policy's scope, then `condition`, read at `read`. */
export function scopeAnd(
  scope: Scope,
  read: ProfilePath,
  condition: (profile: EventProfile, round: Round) => Condition,
) {
  return {
    reads: [...scope.reads, read],
    conditions: ({
      profile,
      round,
    }: {
      readonly profile: EventProfile;
      readonly round: Round;
    }): Condition[] => [scope.condition(profile), condition(profile, round)],
  };
}

/** The reads and conditions of a clause that asks the policy's scope, then the yes/no answer at `path`. */
export const scopeAndAnswer = (scope: Scope, path: AnswerPath, label: Text) =>
  scopeAnd(scope, path, (profile) => answer(profile, path, label));
