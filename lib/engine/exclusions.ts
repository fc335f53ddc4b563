import type { ProfilePath } from "@/lib/profile/paths";
import type { AnyClause, Condition, ConditionStatus } from "./types";

const FACTS: readonly ProfilePath[] = ["awardsReceived[].clauseId", "awardsReceived[].itemKey"];

/**
 * 不得同时享受 across years (readings rule 14): the item has not received an award under one of
 * the excluding clauses. An award recorded under such a clause without naming its item may be
 * this one, so it is asked (unknown) rather than assumed.
 */
export function notExcludedByAwards(
  clause: AnyClause,
  awards: readonly { clauseId: string; itemKey?: string }[] | undefined,
  itemKey: string | undefined,
): Condition | undefined {
  const rule = clause.excludedByAwards;
  if (!rule) return undefined;
  let status: ConditionStatus = "met";
  for (const a of awards ?? []) {
    if (!rule.clauses.includes(a.clauseId)) continue;
    if (a.itemKey === undefined) status = "unknown";
    else if (itemKey === undefined || a.itemKey === itemKey)
      return { ...of(rule.label), status: "unmet" };
  }
  return { ...of(rule.label), status };
}

const of = (label: AnyClause["summary"]) => ({
  label,
  facts: FACTS,
});

/** The clause's conditions with the award exclusion last, for clauses that declare one. */
export function withAwardExclusion(
  clause: AnyClause,
  conditions: AnyClause["conditions"],
): AnyClause["conditions"] {
  if (!clause.excludedByAwards) return conditions;
  const key = clause.items?.key;
  return (ctx) => {
    const c = notExcludedByAwards(
      clause,
      ctx.profile.awardsReceived,
      key ? key(ctx.item) : undefined,
    );
    return [...conditions(ctx), c!];
  };
}
