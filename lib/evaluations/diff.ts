// About 300 lines on purpose: one diff of two evaluations, clause by clause, with the reason of each change.
import { storedFactPath } from "@/lib/profile/years";
import type {
  Amount,
  ClauseResult,
  ClauseStatus,
  ConditionStatus,
  EvaluationResult,
  PolicyKey,
} from "@/lib/engine/types";
import type { Text } from "@/lib/engine/text";
import { diffProfiles, factIsRead, type FactChange } from "./profile-diff";

/**
 * The difference between a saved evaluation and a new one: clauses gained or lost, amounts changed,
 * and why — status changes, conditions that flipped, facts of the profile the clause reads, a new
 * application round or a new edition of the rules. Pure.
 */

export type ClauseSide = {
  readonly status: ClauseStatus;
  readonly amount: Amount | null;
  readonly paid: boolean;
  /** Still to be won (需评审/评选): stated beside the headline total, not in it. */
  readonly toWin: boolean;
};

export type ConditionChange = {
  readonly item: string;
  readonly label: Text;
  readonly before: ConditionStatus | null;
  readonly after: ConditionStatus | null;
};

export type Reason =
  | {
      readonly kind: "status";
      readonly before: ClauseStatus | null;
      readonly after: ClauseStatus | null;
    }
  | { readonly kind: "conditions"; readonly changes: readonly ConditionChange[] }
  | { readonly kind: "facts"; readonly changes: readonly FactChange[] }
  | { readonly kind: "round"; readonly before: number; readonly after: number }
  | { readonly kind: "rules-version"; readonly before: string; readonly after: string }
  | { readonly kind: "superseded"; readonly before: string | null; readonly after: string | null };

export type ClauseChangeKind = "gained" | "lost" | "amount" | "status";

export type ClauseChange = {
  readonly id: string;
  readonly policy: PolicyKey;
  readonly kind: ClauseChangeKind;
  readonly before: ClauseSide | null;
  readonly after: ClauseSide | null;
  /** after − before of the amount paid (0 when not paid); to-win clauses count in totals.toWin. */
  readonly delta: Amount;
  readonly reasons: readonly Reason[];
};

export type PolicyTotalChange = {
  readonly policy: PolicyKey;
  readonly before: Amount;
  readonly after: Amount;
  readonly delta: Amount;
  /** The policy's amounts still to be won, beside its headline. */
  readonly toWin: { readonly before: Amount; readonly after: Amount; readonly delta: Amount };
};

export type EvaluationDiff = {
  readonly rulesVersion: {
    readonly before: string;
    readonly after: string;
    readonly changed: boolean;
  };
  /** The application rounds (申报年度) of the two evaluations. */
  readonly round: { readonly before: number; readonly after: number; readonly changed: boolean };
  /** The headline totals (fixed + up to), as the evaluation shows them. */
  readonly totals: {
    readonly before: Amount;
    readonly after: Amount;
    readonly delta: Amount;
    /** The amounts still to be won (需评审/评选), stated beside the headline, not in it. */
    readonly toWin: { readonly before: Amount; readonly after: Amount; readonly delta: Amount };
  };
  readonly byPolicy: readonly PolicyTotalChange[];
  readonly gained: readonly ClauseChange[];
  readonly lost: readonly ClauseChange[];
  readonly amountChanged: readonly ClauseChange[];
  readonly statusChanged: readonly ClauseChange[];
  readonly unchanged: number;
  readonly profileChanges: readonly FactChange[];
};

export type DiffOptions = {
  /** The profiles the two results were computed from, to name the facts that changed. */
  readonly profiles?: { readonly before: unknown; readonly after: unknown };
  /** The profile paths a clause reads (from the registry), to tie fact changes to clauses. */
  readonly readsOf?: (clauseId: string) => readonly string[] | undefined;
};

const ZERO: Amount = { min: 0, max: 0 };
const VALIDITY: readonly ClauseStatus[] = ["expired", "not-yet-effective"];

/** A clause counts in the totals when eligible for one of the applicant's roles (as totalsOf). */
const isPaid = (c: ClauseResult) => c.status === "eligible" && c.forApplicant;

function side(c: ClauseResult | undefined): ClauseSide | null {
  return c
    ? { status: c.status, amount: c.amount, paid: isPaid(c), toWin: c.certainty === "to-win" }
    : null;
}

const paidAmount = (c: ClauseResult | undefined): Amount =>
  c && isPaid(c) && c.amount ? c.amount : ZERO;

const minus = (a: Amount, b: Amount): Amount => ({ min: a.min - b.min, max: a.max - b.max });

const change = (before: Amount, after: Amount) => ({
  before: { min: before.min, max: before.max },
  after: { min: after.min, max: after.max },
  delta: minus(after, before),
});

const isZero = (a: Amount) => a.min === 0 && a.max === 0;

const sameAmount = (a: Amount | null, b: Amount | null) =>
  a === b || (!!a && !!b && a.min === b.min && a.max === b.max);

function conditionChanges(before: ClauseResult | undefined, after: ClauseResult | undefined) {
  const index = (c: ClauseResult | undefined) => {
    const m = new Map<string, { item: string; label: Text; status: ConditionStatus }>();
    for (const it of c?.items ?? [])
      for (const cond of it.conditions)
        m.set(`${it.key}\u0000${cond.label.zh}`, {
          item: it.label || it.key,
          label: cond.label,
          status: cond.status,
        });
    return m;
  };
  const a = index(before);
  const b = index(after);
  const out: ConditionChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (x?.status === y?.status) continue;
    const any = (x ?? y)!;
    out.push({
      item: any.item,
      label: any.label,
      before: x?.status ?? null,
      after: y?.status ?? null,
    });
  }
  return out;
}

function reasonsFor(
  id: string,
  before: ClauseResult | undefined,
  after: ClauseResult | undefined,
  context: {
    round: EvaluationDiff["round"];
    rules: EvaluationDiff["rulesVersion"];
    facts: readonly FactChange[];
    readsOf?: DiffOptions["readsOf"];
    /** The event years of the two rounds compared. */
    eventYears: readonly number[];
  },
): Reason[] {
  const reasons: Reason[] = [];
  const bs = before?.status ?? null;
  const as = after?.status ?? null;
  if (bs !== as) reasons.push({ kind: "status", before: bs, after: as });
  const conditions = conditionChanges(before, after);
  if (conditions.length) reasons.push({ kind: "conditions", changes: conditions });
  const ruleReads = context.readsOf?.(id);
  // The rules name yearly figures relative to the event year; the profiles keep them by year.
  const reads = ruleReads && [
    ...new Set(context.eventYears.flatMap((year) => ruleReads.map((r) => storedFactPath(r, year)))),
  ];
  if (reads) {
    const facts = context.facts.filter((f) => factIsRead(f, reads));
    if (facts.length) reasons.push({ kind: "facts", changes: facts });
  }
  if (
    (before?.supersededBy ?? null) !== (after?.supersededBy ?? null) &&
    (before?.supersededBy || after?.supersededBy)
  )
    reasons.push({
      kind: "superseded",
      before: before?.supersededBy ?? null,
      after: after?.supersededBy ?? null,
    });
  if (context.round.changed && ((bs && VALIDITY.includes(bs)) || (as && VALIDITY.includes(as))))
    reasons.push({ kind: "round", before: context.round.before, after: context.round.after });
  // A new edition of the rules explains what the profile, the date and the conditions do not.
  const explained = reasons.some((r) => r.kind === "facts" || r.kind === "round");
  if (context.rules.changed && (!explained || !before || !after))
    reasons.push({
      kind: "rules-version",
      before: context.rules.before,
      after: context.rules.after,
    });
  return reasons;
}

/** Compares a saved evaluation (`before`) with a new one (`after`). */
export function diffEvaluations(
  before: EvaluationResult,
  after: EvaluationResult,
  options: DiffOptions = {},
): EvaluationDiff {
  const rulesVersion = {
    before: before.rulesVersion,
    after: after.rulesVersion,
    changed: before.rulesVersion !== after.rulesVersion,
  };
  const round = {
    before: before.round.year,
    after: after.round.year,
    changed: before.round.year !== after.round.year,
  };
  const facts = options.profiles
    ? diffProfiles(options.profiles.before, options.profiles.after)
    : [];
  const a = new Map(before.clauses.map((c) => [c.id, c]));
  const b = new Map(after.clauses.map((c) => [c.id, c]));
  const order = [...after.clauses.map((c) => c.id), ...before.clauses.map((c) => c.id)];

  const gained: ClauseChange[] = [];
  const lost: ClauseChange[] = [];
  const amountChanged: ClauseChange[] = [];
  const statusChanged: ClauseChange[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const id of order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const x = a.get(id);
    const y = b.get(id);
    const wasPaid = !!x && isPaid(x);
    const isPaidNow = !!y && isPaid(y);
    let kind: ClauseChangeKind | undefined;
    if (!wasPaid && isPaidNow) kind = "gained";
    else if (wasPaid && !isPaidNow) kind = "lost";
    else if (wasPaid && isPaidNow && !sameAmount(x!.amount, y!.amount)) kind = "amount";
    else if ((x?.status ?? null) !== (y?.status ?? null)) kind = "status";
    if (!kind) {
      unchanged++;
      continue;
    }
    const change: ClauseChange = {
      id,
      policy: (y ?? x)!.policy,
      kind,
      before: side(x),
      after: side(y),
      delta: minus(paidAmount(y), paidAmount(x)),
      reasons: reasonsFor(id, x, y, {
        round,
        rules: rulesVersion,
        facts,
        readsOf: options.readsOf,
        eventYears: [before.round.eventYear, after.round.eventYear],
      }),
    };
    ({ gained, lost, amount: amountChanged, status: statusChanged })[kind].push(change);
  }

  const policies = new Set<PolicyKey>([
    ...(Object.keys(before.totals.byPolicy) as PolicyKey[]),
    ...(Object.keys(after.totals.byPolicy) as PolicyKey[]),
  ]);
  const byPolicy: PolicyTotalChange[] = [];
  for (const policy of policies) {
    const x = before.totals.byPolicy[policy];
    const y = after.totals.byPolicy[policy];
    const bx = { min: x?.min ?? 0, max: x?.max ?? 0 };
    const by = { min: y?.min ?? 0, max: y?.max ?? 0 };
    const toWin = change(x?.toWin ?? ZERO, y?.toWin ?? ZERO);
    if (!sameAmount(bx, by) || !isZero(toWin.delta))
      byPolicy.push({ policy, before: bx, after: by, delta: minus(by, bx), toWin });
  }

  return {
    rulesVersion,
    round,
    totals: {
      before: before.totals.overall,
      after: after.totals.overall,
      delta: minus(after.totals.overall, before.totals.overall),
      toWin: change(before.totals.toWin ?? ZERO, after.totals.toWin ?? ZERO),
    },
    byPolicy,
    gained,
    lost,
    amountChanged,
    statusChanged,
    unchanged,
    profileChanges: facts,
  };
}

/** True when nothing a reader would care about changed. */
export function isEmptyDiff(diff: EvaluationDiff): boolean {
  return (
    diff.gained.length +
      diff.lost.length +
      diff.amountChanged.length +
      diff.statusChanged.length ===
      0 &&
    isZero(diff.totals.delta) &&
    isZero(diff.totals.toWin.delta)
  );
}
