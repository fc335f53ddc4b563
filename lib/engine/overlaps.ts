import { t, type Text } from "./text";
import { payable, paying, pushStep, type Working, type WorkingItem } from "./working";

type Member = { w: Working; it: WorkingItem };

/** Better: the higher maximum, then the higher minimum, then the earlier clause. */
function better(a: Member, b: Member): boolean {
  const x = a.it.amount!;
  const y = b.it.amount!;
  if (x.max !== y.max) return x.max > y.max;
  if (x.min !== y.min) return x.min > y.min;
  return a.w.order < b.w.order;
}

/**
 * 从优、就高、不重复: the same item in the same exclusive group is paid once, at the best clause,
 * which the trace names by policy and article (`names`, from clauseNames).
 */
export function resolveOverlaps(
  working: readonly Working[],
  names: ReadonlyMap<string, Text>,
): void {
  const groups = new Map<string, Member[]>();
  for (const w of working) {
    const group = w.clause.exclusiveGroup;
    if (!group || !payable(w)) continue;
    for (const it of w.items) {
      if (!paying(it)) continue;
      const k = `${group}\u0000${it.key}`;
      const members = groups.get(k);
      if (members) members.push({ w, it });
      else groups.set(k, [{ w, it }]);
    }
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    let best = members[0]!;
    for (const m of members) if (better(m, best)) best = m;
    for (const m of members) {
      if (m === best) continue;
      m.it.status = "superseded";
      m.it.supersededBy = best.w.clause.id;
      const by = names.get(best.w.clause.id) ?? t("另一条款", "another clause");
      pushStep(m.it, {
        op: "note",
        text: t(
          `同一事项按“从优、就高、不重复”由${by.zh}支持`,
          `The same item is paid once, at the better clause: ${by.en}`,
        ),
      });
    }
  }
}
