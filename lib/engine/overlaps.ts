import { groupDigits } from "./format";
import { t, type Text } from "./text";
import { payable, paying, pushStep, type Working, type WorkingItem } from "./working";

type Member = { w: Working; it: WorkingItem };

/**
 * The most assignments of competing items to clauses the exact search tries (readings rule 15).
 * Each competing item can go to 2 or 3 clauses, so this is 12 loans over two clauses or 7 over
 * three; beyond it each item goes to its best clause (the greedy choice) and the trace says so.
 */
export const MAX_ASSIGNMENTS = 4096;

/** Better: the higher maximum, then the higher minimum, then the earlier clause. */
function better(a: Member, b: Member): boolean {
  const x = a.it.amount!;
  const y = b.it.amount!;
  if (x.max !== y.max) return x.max > y.max;
  if (x.min !== y.min) return x.min > y.min;
  return a.w.order < b.w.order;
}

const bestFirst = (a: Member, b: Member): number => (better(a, b) ? -1 : better(b, a) ? 1 : 0);

/**
 * 从优、就高、不重复: the same item in the same exclusive group is paid once, at one clause, which
 * the trace names by policy and article (`names`, from clauseNames).
 */
export function resolveOverlaps(
  working: readonly Working[],
  names: ReadonlyMap<string, Text>,
): void {
  const groups = new Map<string, Map<string, Member[]>>();
  for (const w of working) {
    const group = w.clause.exclusiveGroup;
    if (!group || !payable(w)) continue;
    let items = groups.get(group);
    if (!items) groups.set(group, (items = new Map()));
    for (const it of w.items) {
      if (!paying(it)) continue;
      const members = items.get(it.key);
      if (members) members.push({ w, it });
      else items.set(it.key, [{ w, it }]);
    }
  }
  for (const items of groups.values()) resolveGroup([...items.values()], names);
}

/** What an assignment pays: per clause its items summed, then its own cap (每家企业每年不超过). */
function totalOf(choice: readonly Member[]): { max: number; min: number } {
  const sums = new Map<Working, { max: number; min: number }>();
  for (const m of choice) {
    const s = sums.get(m.w) ?? { max: 0, min: 0 };
    s.max += m.it.amount!.max;
    s.min += m.it.amount!.min;
    sums.set(m.w, s);
  }
  let max = 0;
  let min = 0;
  for (const [w, s] of sums) {
    const cap = w.cap ?? Infinity;
    max += Math.min(s.max, cap);
    min += Math.min(s.min, cap);
  }
  return { max, min };
}

/**
 * Chooses one clause per item of a group. Where a clause has its own cap, sending every item to
 * its best clause can leave money under another clause's cap unused (two loans of 8,000,000 and
 * 6,000,000 of interest under clauses capped at 10,000,000 each: 10,000,000 in one clause, 14,000,000
 * split), so every assignment is tried — up to MAX_ASSIGNMENTS — and the one paying the most in
 * total wins (then the higher minimum; ties keep the earlier in the order that starts with every
 * item at its best clause, so the result is deterministic).
 */
function resolveGroup(entries: readonly Member[][], names: ReadonlyMap<string, Text>): void {
  const sorted = entries.map((ms) => [...ms].sort(bestFirst));
  const competing = sorted.filter((ms) => ms.length > 1);
  if (competing.length === 0) return;
  const greedy = sorted.map((ms) => ms[0]!);
  const capped = sorted.some((ms) => ms.some((m) => m.w.cap !== undefined));
  let count = 1;
  for (const ms of competing) if ((count *= ms.length) > MAX_ASSIGNMENTS) break;

  let choice = greedy;
  if (capped && count <= MAX_ASSIGNMENTS) choice = bestAssignment(sorted, greedy);
  else if (capped)
    for (const ms of competing)
      pushStep(ms[0]!.it, {
        op: "note",
        text: t(
          `可能的分配超过 ${groupDigits(MAX_ASSIGNMENTS)} 种，各项按单项从优计入，合计可能不是最高`,
          `More than ${groupDigits(MAX_ASSIGNMENTS)} possible assignments: each item went to its best clause, so the total may not be the highest`,
        ),
      });

  const moved = choice.some((m, i) => m !== greedy[i]);
  const paid = totalOf(choice).max;
  const single = totalOf(greedy).max;
  sorted.forEach((ms, i) => {
    const chosen = choice[i]!;
    if (ms.length > 1 && moved)
      pushStep(chosen.it, {
        op: "note",
        text: t(
          `按“从优、就高、不重复”，${competing.length} 项在各条款间按合计最高分配（比较了 ${groupDigits(count)} 种分配）：合计 ${groupDigits(paid)}，各项都计入单项最优条款时为 ${groupDigits(single)}`,
          `Paid once each (从优、就高、不重复), the ${competing.length} items are split among the clauses to pay the most in total (${groupDigits(count)} assignments compared): ${groupDigits(paid)}, against ${groupDigits(single)} with every item at its best single clause`,
        ),
      });
    for (const m of ms) {
      if (m === chosen) continue;
      m.it.status = "superseded";
      m.it.supersededBy = chosen.w.clause.id;
      const by = names.get(chosen.w.clause.id) ?? t("另一条款", "another clause");
      pushStep(m.it, {
        op: "note",
        text: t(
          `同一事项按“从优、就高、不重复”由${by.zh}支持`,
          `The same item is paid once, at the better clause: ${by.en}`,
        ),
      });
    }
  });
}

/** Every assignment, odometer-wise from the greedy one; the first that pays strictly more wins. */
function bestAssignment(sorted: readonly Member[][], greedy: readonly Member[]): Member[] {
  const digits = sorted.map(() => 0);
  let best = [...greedy];
  let bestTotal = totalOf(best);
  for (;;) {
    let i = sorted.length - 1;
    while (i >= 0 && digits[i]! + 1 >= sorted[i]!.length) digits[i--] = 0;
    if (i < 0) return best;
    digits[i]! += 1;
    const choice = sorted.map((ms, k) => ms[digits[k]!]!);
    const total = totalOf(choice);
    if (total.max > bestTotal.max || (total.max === bestTotal.max && total.min > bestTotal.min)) {
      best = choice;
      bestTotal = total;
    }
  }
}
