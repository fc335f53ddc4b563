import type { Amount, ClauseResult, EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { t, type Text } from "@/lib/engine/text";

/** fixed 确定金额 / up-to 最高金额 / to-win 需评审或评选. */
export type Certainty = "fixed" | "up-to" | "to-win";

export const CERTAINTY_LABELS: Record<Certainty, Text> = {
  fixed: t("确定金额", "Fixed amount"),
  "up-to": t("最高金额", "Up to"),
  "to-win": t("需评审或评选", "To win (review or selection)"),
};

/**
 * A clause's certainty: the engine's own field when it gives one, else derived the same way
 * (readings rule 9: a review or selection → to-win; min = max > 0 → fixed; otherwise up-to).
 */
export function certaintyOf(c: ClauseResult): Certainty {
  const fromEngine = (c as { readonly certainty?: Certainty }).certainty;
  if (fromEngine) return fromEngine;
  if (c.requiresReview) return "to-win";
  return c.amount && c.amount.min === c.amount.max && c.amount.max > 0 ? "fixed" : "up-to";
}

export type SplitAmounts = {
  readonly fixed: Amount;
  readonly upTo: Amount;
  readonly toWin: Amount;
  /** fixed + up-to: the headline; to-win is stated beside it. */
  readonly overall: Amount;
  readonly clauses: number;
};

const ZERO: Amount = { min: 0, max: 0 };
const add = (a: Amount, b: Amount | null): Amount =>
  b ? { min: a.min + b.min, max: a.max + b.max } : a;

function split(clauses: readonly ClauseResult[]): SplitAmounts {
  let fixed = ZERO;
  let upTo = ZERO;
  let toWin = ZERO;
  for (const c of clauses) {
    const kind = certaintyOf(c);
    if (kind === "fixed") fixed = add(fixed, c.amount);
    else if (kind === "up-to") upTo = add(upTo, c.amount);
    else toWin = add(toWin, c.amount);
  }
  return { fixed, upTo, toWin, overall: add(fixed, upTo), clauses: clauses.length };
}

/** The applicant's eligible clauses split by certainty, overall and per policy (in result order). */
export function certaintyTotals(result: EvaluationResult): {
  readonly total: SplitAmounts;
  readonly byPolicy: readonly (SplitAmounts & { readonly policy: PolicyKey })[];
} {
  const eligible = result.clauses.filter((c) => c.forApplicant && c.status === "eligible");
  const policies = [...new Set(eligible.map((c) => c.policy))];
  return {
    total: split(eligible),
    byPolicy: policies.map((policy) => ({
      policy,
      ...split(eligible.filter((c) => c.policy === policy)),
    })),
  };
}
