import type { Profile } from "@/lib/profile/schema";
import { t, type Text } from "./text";
import type {
  Amount,
  AnyClause,
  CapGroup,
  ClauseContext,
  ClauseResult,
  ClauseStatus,
  Condition,
  EvaluationResult,
  ItemResult,
  PolicyKey,
  PolicyRules,
  PolicyStatus,
  Step,
  Totals,
  Validity,
} from "./types";
import { narrow } from "./validity";
import { lastRoundOf, partialYearNotes, roundStatusOf, statusForRound, type Round } from "./round";
import { paramsForRound } from "./amendments";
import { BENEFICIARY_LABELS } from "./labels";

export type Registry = {
  readonly version: string;
  readonly policies: readonly PolicyRules[];
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type WorkingItem = Mutable<ItemResult>;
type Working = {
  clause: AnyClause;
  order: number;
  validityStatus: PolicyStatus;
  forApplicant: boolean;
  items: WorkingItem[];
  /** The profile items the results were computed from, parallel to `items`; null: the profile itself. */
  raw: unknown[] | null;
  listUnanswered: boolean;
  /** Clause-level steps; the shared empty array until the first push (most clauses have none). */
  steps: readonly Step[];
  amount: Amount | null;
};

const NONE: readonly never[] = [];

function pushStep(w: Working, step: Step): void {
  w.steps = w.steps === NONE ? [step] : [...w.steps, step];
}

const NOT_STATED = t("政策原文未明确金额", "The text states no amount");
const NON_MONETARY = t("非资金支持", "Non-monetary support");
const NOT_FOR_APPLICANT = t("申请主体类型不符", "Not for this kind of applicant");

const ENTERPRISE_KEY = "enterprise";
const NO_STEPS: readonly Step[] = [];

// Per-clause constants, computed once: the evaluation loop runs for every clause of every profile.
const beneficiaryConditions = new Map<string, readonly Condition[]>();
function beneficiaryConditionsOf(clause: AnyClause): readonly Condition[] {
  let c = beneficiaryConditions.get(clause.beneficiary);
  if (!c) {
    const who = BENEFICIARY_LABELS[clause.beneficiary];
    c = [
      {
        label: t(`申请主体为${who.zh}`, `The applicant is a ${who.en.toLowerCase()}`),
        status: "unmet",
        facts: ["enterprise.roles"],
      },
    ];
    beneficiaryConditions.set(clause.beneficiary, c);
  }
  return c;
}

/** One clause prepared for the hot loop: its effective validity and its result for other applicants. */
type Prepared = {
  readonly clause: AnyClause;
  readonly validity: Validity;
  /** Shared across evaluations: these items are never eligible, so the engine never mutates them. */
  readonly notForApplicant: WorkingItem[];
};

/**
 * The rules' clause objects differ in which optional fields they set, so property reads on them
 * go megamorphic in the hot loop. A copy with every field in one fixed order gives them all one
 * shape; it is made once per policy and reused, with the validity and constant results beside it.
 */
const prepared = new WeakMap<PolicyRules, readonly Prepared[]>();
function preparedOf(pr: PolicyRules): readonly Prepared[] {
  let list = prepared.get(pr);
  if (!list) {
    list = pr.clauses.map((c): Prepared => {
      const clause: AnyClause = {
        id: c.id,
        policy: c.policy,
        article: c.article,
        page: c.page,
        heading: c.heading,
        leadDepartment: c.leadDepartment,
        beneficiary: c.beneficiary,
        kind: c.kind,
        requiresReview: c.requiresReview,
        text: c.text,
        summary: c.summary,
        needs: c.needs,
        readings: c.readings,
        validity: c.validity,
        params: c.params,
        amendedParams: c.amendedParams,
        reads: c.reads,
        items: c.items && {
          list: c.items.list,
          key: c.items.key,
          label: c.items.label,
          path: c.items.path,
          noun: c.items.noun,
        },
        exclusiveGroup: c.exclusiveGroup,
        clauseCap: c.clauseCap,
        conditions: c.conditions,
        amount: c.amount,
      };
      return {
        clause,
        validity: narrow(pr.policy.validity, c.validity),
        notForApplicant: [
          {
            key: ENTERPRISE_KEY,
            label: "",
            status: "ineligible",
            conditions: beneficiaryConditionsOf(c),
            amount: null,
            steps: NO_STEPS,
          },
        ],
      };
    });
    prepared.set(pr, list);
    noteCapGroups(pr);
  }
  return list;
}

/** Ids of the clauses that some cap group names: the only ones the cap passes look up by id. */
const inCapGroup = new Set<string>();
function noteCapGroups(pr: PolicyRules): void {
  for (const g of pr.capGroups ?? []) for (const id of g.clauses) inCapGroup.add(id);
}

const sumLabels: Text[] = [];
function sumLabel(n: number): Text {
  return (sumLabels[n] ??= t(`${n} 项合计`, `${n} item(s) together`));
}

function itemStatus(conditions: readonly Condition[]): ItemResult["status"] {
  let unknown = false;
  for (const c of conditions) {
    if (c.status === "unmet") return "ineligible";
    if (c.status === "unknown") unknown = true;
  }
  return unknown ? "needs-info" : "eligible";
}

function receivedFrom(profile: Profile) {
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

/** Applies one clause to its items (or to the profile itself) and records the outcome on `w`. */
function evaluateItems(
  w: Working,
  profile: Profile,
  round: Round,
  received: ClauseContext<unknown, never>["received"],
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
  const { params, notes } = paramsForRound(clause, round);
  for (const text of notes) pushStep(w, { op: "note", text });
  const items: WorkingItem[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    const ctx = { profile, item, params, round, received };
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
      status,
      conditions,
      amount,
      steps,
    };
  }
  w.items = items;
}

function payable(w: Working): boolean {
  return w.validityStatus === "in-force" && w.forApplicant;
}

/** 从优、就高、不重复: the same item in the same exclusive group is paid once, at the best clause. */
function resolveOverlaps(working: Working[]): void {
  const groups = new Map<string, { w: Working; it: WorkingItem }[]>();
  for (const w of working) {
    const group = w.clause.exclusiveGroup;
    if (!group || !payable(w)) continue;
    for (const it of w.items) {
      if (it.status !== "eligible" || !it.amount) continue;
      const k = `${group}\u0000${it.key}`;
      const members = groups.get(k);
      if (members) members.push({ w, it });
      else groups.set(k, [{ w, it }]);
    }
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    let best = members[0]!;
    for (const m of members) {
      const a = m.it.amount!;
      const b = best.it.amount!;
      if (
        a.max > b.max ||
        (a.max === b.max && (a.min > b.min || (a.min === b.min && m.w.order < best.w.order)))
      )
        best = m;
    }
    for (const m of members) {
      if (m === best) continue;
      m.it.status = "superseded";
      m.it.supersededBy = best.w.clause.id;
      m.it.steps = [
        ...m.it.steps,
        {
          op: "note",
          text: t(
            `同一事项按“从优、就高、不重复”由 ${best.w.clause.id} 支持`,
            `The same item is paid once, at the better clause ${best.w.clause.id}`,
          ),
        },
      ];
    }
  }
}

function applyItemCapGroup(group: CapGroup, byId: Map<string, Working>, profile: Profile): void {
  if (typeof group.cap === "number") return applyItemFixedCap(group, byId);
  const perItem = new Map<string, { w: Working; it: WorkingItem; raw: unknown }[]>();
  for (const id of group.clauses) {
    const w = byId.get(id);
    if (!w || !payable(w)) continue;
    w.items.forEach((it, i) => {
      if (it.status !== "eligible" || !it.amount) return;
      const list = perItem.get(it.key) ?? [];
      list.push({ w, it, raw: w.raw ? w.raw[i] : profile });
      perItem.set(it.key, list);
    });
  }
  for (const members of perItem.values()) {
    const computed = group.cap(
      members.map((m) => ({ clauseId: m.w.clause.id, item: m.raw })),
      profile,
    );
    if (!computed) continue;
    shareCap(
      members.map((m) => m.it),
      computed.cap,
      group.label,
      computed.steps,
    );
  }
}

function applyItemFixedCap(group: CapGroup, byId: Map<string, Working>): void {
  const perItem = new Map<string, WorkingItem[]>();
  for (const id of group.clauses) {
    const w = byId.get(id);
    if (!w || !payable(w)) continue;
    for (const it of w.items) {
      if (it.status !== "eligible" || !it.amount) continue;
      perItem.set(it.key, [...(perItem.get(it.key) ?? []), it]);
    }
  }
  for (const items of perItem.values()) shareCap(items, group.cap as number, group.label, []);
}

/** Lets the members keep their amounts in order until the shared cap is used up. */
function shareCap(items: WorkingItem[], cap: number, label: Text, capSteps: readonly Step[]): void {
  let leftMax = cap;
  let leftMin = cap;
  for (const it of items) {
    const a = it.amount!;
    const max = Math.min(a.max, leftMax);
    const min = Math.min(a.min, leftMin, max);
    leftMax -= max;
    leftMin -= min;
    it.steps = [...it.steps, ...capSteps, { op: "cap", label, cap, result: max }];
    it.amount = { min, max };
  }
}

function sumItems(w: Working): void {
  let paid = 0;
  let min = 0;
  let max = 0;
  for (const it of w.items) {
    if (it.status !== "eligible" || !it.amount) continue;
    paid += 1;
    min += it.amount.min;
    max += it.amount.max;
  }
  if (paid === 0) {
    w.amount = null;
    return;
  }
  if (paid > 1 || w.clause.items)
    pushStep(w, {
      op: "sum",
      label: sumLabel(paid),
      result: max,
    });
  if (w.clause.clauseCap) {
    const cap = w.clause.clauseCap.amount;
    const capped = Math.min(max, cap);
    pushStep(w, { op: "cap", label: w.clause.clauseCap.label, cap, result: capped });
    max = capped;
    min = Math.min(min, cap);
  }
  w.amount = { min, max };
}

function applyEnterpriseCapGroup(group: CapGroup, byId: Map<string, Working>): void {
  const cap = group.cap as number;
  let leftMax = cap;
  let leftMin = cap;
  for (const id of group.clauses) {
    const w = byId.get(id);
    if (!w || !w.amount || !payable(w)) continue;
    const max = Math.min(w.amount.max, leftMax);
    const min = Math.min(w.amount.min, leftMin, max);
    leftMax -= max;
    leftMin -= min;
    pushStep(w, { op: "cap", label: group.label, cap, result: max });
    w.amount = { min, max };
  }
}

function clauseStatus(w: Working): ClauseStatus {
  if (w.validityStatus !== "in-force") return w.validityStatus;
  if (!w.forApplicant) return "ineligible";
  if (w.listUnanswered) return "needs-info";
  let superseded = false;
  let needsInfo = false;
  for (const it of w.items) {
    if (it.status === "eligible") return "eligible";
    if (it.status === "superseded") superseded = true;
    if (it.status === "needs-info") needsInfo = true;
  }
  if (superseded) return "superseded";
  return needsInfo ? "needs-info" : "ineligible";
}

function supersededByOf(w: Working): string | undefined {
  for (const it of w.items) if (it.status === "superseded") return it.supersededBy;
  return undefined;
}

function anyToWin(items: readonly WorkingItem[]): boolean {
  for (const it of items) for (const c of it.conditions) if (c.status === "to-win") return true;
  return false;
}

function nearMissesOf(w: Working): Condition[] {
  const out: Condition[] = [];
  for (const it of w.items) {
    if (it.status !== "ineligible") continue;
    const unmet = it.conditions.filter((c) => c.status === "unmet");
    if (unmet.every((c) => c.gap)) out.push(...unmet);
  }
  return out;
}

function questionsOf(w: Working): string[] {
  if (w.listUnanswered) return [w.clause.items!.path];
  // A handful of facts at most: an array beats a Set here (this runs for every open clause).
  const qs: string[] = [];
  for (const it of w.items) {
    if (it.status !== "needs-info") continue;
    for (const c of it.conditions)
      if (c.status === "unknown") for (const f of c.facts) if (!qs.includes(f)) qs.push(f);
  }
  return qs;
}

function amountNoteOf(w: Working): Text | undefined {
  if (!w.forApplicant) return NOT_FOR_APPLICANT;
  if (w.clause.kind === "unspecified") return NOT_STATED;
  if (w.clause.kind === "non-monetary") return NON_MONETARY;
  return undefined;
}

export type EvaluateOptions = {
  /** Evaluate only these policies; default: the profile's industries, or all when none is chosen. */
  readonly policies?: readonly PolicyKey[];
};

/**
 * Evaluates a profile for an application round (the events of `round.eventYear`) against every
 * clause of the chosen policies. Pure: never reads the clock.
 */
export function evaluate(
  registry: Registry,
  profile: Profile,
  round: Round,
  options: EvaluateOptions = {},
): EvaluationResult {
  const chosen =
    options.policies ??
    (profile.enterprise.industries.length ? profile.enterprise.industries : undefined);
  const rules = chosen
    ? registry.policies.filter((p) => chosen.includes(p.policy.key))
    : registry.policies;
  const roles = profile.enterprise.roles;
  const received = receivedFrom(profile);

  const working: Working[] = [];
  let order = 0;
  let hasCapGroups = false;
  for (const pr of rules) {
    if (pr.capGroups?.length) hasCapGroups = true;
    for (const { clause, validity, notForApplicant } of preparedOf(pr)) {
      const forApplicant = roles.includes(clause.beneficiary);
      const validityStatus = statusForRound(validity, round);
      const w: Working = {
        clause,
        order: order++,
        validityStatus,
        forApplicant,
        items: NONE as unknown as WorkingItem[],
        raw: null,
        listUnanswered: false,
        steps: NONE,
        amount: null,
      };
      if (validityStatus === "in-force")
        for (const text of partialYearNotes(validity, round)) pushStep(w, { op: "note", text });
      if (forApplicant) evaluateItems(w, profile, round, received);
      else w.items = notForApplicant;
      working.push(w);
    }
  }
  const byId = new Map<string, Working>();
  if (hasCapGroups)
    for (const w of working) if (inCapGroup.has(w.clause.id)) byId.set(w.clause.id, w);

  resolveOverlaps(working);
  for (const pr of rules)
    for (const g of pr.capGroups ?? []) if (g.scope === "item") applyItemCapGroup(g, byId, profile);
  for (const w of working) sumItems(w);
  for (const pr of rules)
    for (const g of pr.capGroups ?? [])
      if (g.scope === "enterprise") applyEnterpriseCapGroup(g, byId);

  const clauses: ClauseResult[] = new Array(working.length);
  for (let i = 0; i < working.length; i++) {
    const w = working[i]!;
    const status = clauseStatus(w);
    clauses[i] = {
      id: w.clause.id,
      policy: w.clause.policy,
      kind: w.clause.kind,
      beneficiary: w.clause.beneficiary,
      forApplicant: w.forApplicant,
      status,
      requiresReview: w.clause.requiresReview || anyToWin(w.items),
      amount: w.amount,
      amountNote: amountNoteOf(w),
      items: w.items,
      steps: w.steps,
      readings: w.clause.readings ?? NONE,
      nearMisses: status === "ineligible" && w.forApplicant ? nearMissesOf(w) : NONE,
      questions: status === "needs-info" ? questionsOf(w) : NONE,
      supersededBy: status === "superseded" ? supersededByOf(w) : undefined,
    };
  }

  return {
    round,
    rulesVersion: registry.version,
    policies: rules.map((p) => ({
      key: p.policy.key,
      status: statusForRound(p.policy.validity, round),
      roundStatus: roundStatusOf(p.policy.validity, round),
      lastRound: lastRoundOf(p.policy.validity),
    })),
    clauses,
    totals: totalsOf(clauses),
  };
}

/** Totals count eligible clauses for the applicant's own roles, in force, not superseded. */
export function totalsOf(clauses: readonly ClauseResult[]): Totals {
  const byPolicy: Record<
    string,
    { min: number; max: number; eligible: number; unspecified: number }
  > = {};
  let min = 0;
  let max = 0;
  for (const c of clauses) {
    const entry = (byPolicy[c.policy] ??= { min: 0, max: 0, eligible: 0, unspecified: 0 });
    if (c.status !== "eligible" || !c.forApplicant) continue;
    entry.eligible++;
    if (!c.amount) {
      if (c.kind !== "non-monetary") entry.unspecified++;
      continue;
    }
    entry.min += c.amount.min;
    entry.max += c.amount.max;
    min += c.amount.min;
    max += c.amount.max;
  }
  return { overall: { min, max }, byPolicy };
}
