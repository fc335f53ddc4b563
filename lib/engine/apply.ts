import type { EventProfile } from "@/lib/profile/years";
import type { Amount, ClauseContext, Condition, ItemResult, Step, Validity } from "./types";
import type { Round } from "./round";
import { paramsForRound } from "./amendments";
import { ENTERPRISE_KEY, NO_STEPS, pushStep, type Working, type WorkingItem } from "./working";

export type Received = ClauseContext<unknown, never>["received"];

/** Sum of the awards the profile says were received under a clause (and item). */
export function receivedFrom(profile: EventProfile): Received {
  const awards = profile.awardsReceived ?? [];
  return (clauseId: string, itemKey?: string) => {
    let total = 0;
    for (const a of awards) {
      if (a.clauseId === clauseId && (itemKey === undefined || a.itemKey === itemKey))
        total += a.amount ?? 0;
    }
    return total;
  };
}

function itemStatus(conditions: readonly Condition[]): ItemResult["status"] {
  let unknown = false;
  for (const c of conditions) {
    if (c.status === "unmet") return "ineligible";
    if (c.status === "unknown") unknown = true;
  }
  return unknown ? "needs-info" : "eligible";
}

/** Applies one clause to its items (or to the profile itself) and records the outcome on `w`. */
export function applyClause(
  w: Working,
  profile: EventProfile,
  round: Round,
  received: Received,
  validity?: Validity,
): void {
  const clause = w.clause;
  const source = clause.items;
  let raw: readonly unknown[];
  if (source) {
    const list = source.list(profile);
    if (list === undefined) {
      w.listUnanswered = true;
      return;
    }
    raw =
      list.length > 1
        ? [...list].sort((a, b) => {
            const ka = source.key(a);
            const kb = source.key(b);
            return ka < kb ? -1 : ka > kb ? 1 : 0;
          })
        : list;
    w.raw = raw as unknown[];
  } else {
    raw = [profile];
  }
  const monetary = clause.kind !== "unspecified" && clause.kind !== "non-monetary" && clause.amount;
  const { params, notes, cap } = paramsForRound(clause, round);
  for (const text of notes) pushStep(w, { op: "note", text });
  w.cap = cap;
  const items: WorkingItem[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    const ctx = { profile, item, params, round, received, validity };
    const conditions = clause.conditions(ctx);
    const status = itemStatus(conditions);
    let amount: Amount | null = null;
    let steps: readonly Step[] = NO_STEPS;
    if (status === "eligible" && monetary) {
      const out = clause.amount!(ctx);
      amount = { min: out.min, max: out.max };
      steps = out.steps;
    }
    items[i] = {
      key: source ? source.key(item) : ENTERPRISE_KEY,
      label: source ? source.label(item) : "",
      ...(source?.labelEn && { labelEn: source.labelEn(item) }),
      status,
      conditions,
      amount,
      steps,
    };
  }
  w.items = items;
}
