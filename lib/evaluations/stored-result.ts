import { lastRoundOf, roundOf, roundStatusOf } from "@/lib/engine/round";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import { expandCompact, isCompact } from "./compact";

type Stored = Omit<EvaluationResult, "round" | "policies"> & {
  round?: EvaluationResult["round"];
  asOf?: string;
  policies: readonly { key: PolicyKey; status: EvaluationResult["policies"][number]["status"] }[];
};

/**
 * A saved result as the current code reads it. Results saved before rounds existed carry an
 * `asOf` and no round: they get the round stored beside them (backfilled from that date) and each
 * policy's standing in it; the clauses and amounts are kept exactly as they were saved.
 */
export function storedResult(json: string, roundYear: number): EvaluationResult {
  const parsed = JSON.parse(json) as unknown;
  // Saved from a batch: per clause its status and amount (lib/evaluations/compact.ts).
  if (isCompact(parsed)) return expandCompact(parsed);
  const stored = parsed as Stored;
  if (stored.round) return stored as EvaluationResult;
  const round = roundOf(roundYear);
  const rest: Stored = { ...stored };
  delete rest.asOf;
  return {
    ...rest,
    round,
    policies: stored.policies.map((p) => ({
      key: p.key,
      status: p.status,
      roundStatus: roundStatusOf(POLICIES[p.key].validity, round),
      lastRound: lastRoundOf(POLICIES[p.key].validity),
    })),
  };
}
