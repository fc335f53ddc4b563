import type { ClauseResult, EvaluationResult, PolicyKey, PolicyStatus } from "@/lib/engine/types";

export type PolicyGroup<T> = { readonly policy: PolicyKey; readonly items: readonly T[] };

export type OutOfForce = {
  readonly policy: PolicyKey;
  readonly status: Exclude<PolicyStatus, "in-force">;
  /** Clauses that would have paid on a date inside the validity, with what they would have given. */
  readonly wouldHave: readonly ClauseResult[];
  readonly others: number;
};

export type ResultSections = {
  readonly eligible: readonly PolicyGroup<ClauseResult>[];
  readonly nearMisses: readonly ClauseResult[];
  readonly needsInfo: readonly PolicyGroup<ClauseResult>[];
  readonly superseded: readonly ClauseResult[];
  readonly outOfForce: readonly OutOfForce[];
  /** Policies in force on the date, in the result's order. */
  readonly inForce: readonly PolicyKey[];
};

function byPolicy(clauses: readonly ClauseResult[]): PolicyGroup<ClauseResult>[] {
  const groups = new Map<PolicyKey, ClauseResult[]>();
  for (const c of clauses) {
    const list = groups.get(c.policy);
    if (list) list.push(c);
    else groups.set(c.policy, [c]);
  }
  return [...groups].map(([policy, items]) => ({ policy, items }));
}

/**
 * Splits a result into what the results page shows, for the applicant's own roles only
 * (clauses for other kinds of applicant are left out).
 */
export function resultSections(result: EvaluationResult): ResultSections {
  const mine = result.clauses.filter((c) => c.forApplicant);
  const policyStatus = new Map(result.policies.map((p) => [p.key, p.status]));
  const outOfForce = new Map<
    PolicyKey,
    { status: OutOfForce["status"]; list: ClauseResult[]; others: number }
  >();
  for (const c of mine) {
    if (c.status !== "expired" && c.status !== "not-yet-effective") continue;
    const entry = outOfForce.get(c.policy) ?? { status: c.status, list: [], others: 0 };
    if (c.amount && c.amount.max > 0) entry.list.push(c);
    else entry.others++;
    outOfForce.set(c.policy, entry);
  }
  return {
    eligible: byPolicy(mine.filter((c) => c.status === "eligible")),
    nearMisses: mine.filter((c) => c.status === "ineligible" && c.nearMisses.length > 0),
    needsInfo: byPolicy(mine.filter((c) => c.status === "needs-info")),
    superseded: mine.filter((c) => c.status === "superseded"),
    outOfForce: [...outOfForce].map(([policy, e]) => ({
      policy,
      status:
        policyStatus.get(policy) === "in-force"
          ? e.status
          : (policyStatus.get(policy) as OutOfForce["status"]),
      wouldHave: e.list,
      others: e.others,
    })),
    inForce: result.policies.filter((p) => p.status === "in-force").map((p) => p.key),
  };
}
