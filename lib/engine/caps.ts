import type { EventProfile } from "@/lib/profile/years";
import { t, type Text } from "./text";
import type { CapGroup, Step } from "./types";
import { payable, paying, pushStep, type Traced, type Working, type WorkingItem } from "./working";

/**
 * One cap shared by several amounts (items of one key across clauses, or whole clauses): each
 * keeps its amount, in order, until the cap is used up.
 */
export function shareCap(
  members: readonly Traced[],
  cap: number,
  label: Text,
  capSteps: readonly Step[] = [],
): void {
  let leftMax = cap;
  let leftMin = cap;
  for (const m of members) {
    const a = m.amount!;
    const max = Math.min(a.max, leftMax);
    const min = Math.min(a.min, leftMin, max);
    const left = leftMax < cap ? { left: leftMax } : {};
    leftMax -= max;
    leftMin -= min;
    pushStep(m, ...capSteps, { op: "cap", label, cap, result: max, before: a.max, ...left });
    m.amount = { min, max };
  }
}

/** A cap per item across clauses (the same project under two articles), fixed or computed from it. */
export function applyItemCapGroup(
  group: CapGroup,
  byId: ReadonlyMap<string, Working>,
  profile: EventProfile,
): void {
  const perItem = new Map<string, { w: Working; it: WorkingItem; raw: unknown }[]>();
  for (const id of group.clauses) {
    const w = byId.get(id);
    if (!w || !payable(w)) continue;
    w.items.forEach((it, i) => {
      if (!paying(it)) return;
      const list = perItem.get(it.key);
      const member = { w, it, raw: w.raw ? w.raw[i] : profile };
      if (list) list.push(member);
      else perItem.set(it.key, [member]);
    });
  }
  for (const members of perItem.values()) {
    const items = members.map((m) => m.it);
    if (typeof group.cap === "number") {
      shareCap(items, group.cap, group.label);
      continue;
    }
    const computed = group.cap(
      members.map((m) => ({ clauseId: m.w.clause.id, item: m.raw })),
      profile,
    );
    if (computed) shareCap(items, computed.cap, group.label, computed.steps);
  }
}

/** A cap per enterprise across clauses (8-a + 8-b ≤ 1,000,000 a year), after each clause's sum. */
export function applyEnterpriseCapGroup(group: CapGroup, byId: ReadonlyMap<string, Working>): void {
  const members: Working[] = [];
  for (const id of group.clauses) {
    const w = byId.get(id);
    if (w && w.amount && payable(w)) members.push(w);
  }
  shareCap(members, group.cap as number, group.label);
}

const sumLabels: Text[] = [];
function sumLabel(n: number): Text {
  return (sumLabels[n] ??= t(`${n} 项合计`, n === 1 ? "1 item" : `${n} items together`));
}

/** The clause's amount: its paying items summed, then its own cap (每家企业每年不超过). */
export function sumClause(w: Working): void {
  let paid = 0;
  let min = 0;
  let max = 0;
  for (const it of w.items) {
    if (!paying(it)) continue;
    paid += 1;
    min += it.amount!.min;
    max += it.amount!.max;
  }
  if (paid === 0) {
    w.amount = null;
    return;
  }
  if (paid > 1 || w.clause.items) pushStep(w, { op: "sum", label: sumLabel(paid), result: max });
  if (w.clause.clauseCap && w.cap !== undefined) {
    const cap = w.cap;
    const capped = Math.min(max, cap);
    if (!(paid === 1 && max <= cap && cappedAlready(w, cap)))
      pushStep(w, { op: "cap", label: w.clause.clauseCap.label, cap, result: capped, before: max });
    max = capped;
    min = Math.min(min, cap);
  }
  w.amount = { min, max };
}

/**
 * Whether the one paying item was already held to this very cap (the text's one "最高 500 万元"
 * read per item and per enterprise): where the clause's cap does not bind, the trace states it once.
 */
function cappedAlready(w: Working, cap: number): boolean {
  const it = w.items.find(paying);
  return it !== undefined && it.steps.some((s) => s.op === "cap" && s.cap === cap);
}
