import type { AnyClause, Amount, ItemResult, PolicyStatus, Step } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type WorkingItem = Mutable<ItemResult>;

/** One clause being evaluated for one profile: the mutable state the evaluation passes share. */
export type Working = {
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
  /** The clause's own cap in this round (its clauseCap, amended where its parameter is). */
  cap: number | undefined;
};

export const NONE: readonly never[] = [];
export const NO_STEPS: readonly Step[] = NONE;
export const ENTERPRISE_KEY = "enterprise";

/** An amount with its trace: an item's, or a clause's after its items are summed. */
export type Traced = { amount: Amount | null; steps: readonly Step[] };

export function pushStep(w: Traced, ...steps: readonly Step[]): void {
  w.steps = w.steps.length === 0 ? steps : [...w.steps, ...steps];
}

/** Only clauses in force and for the applicant's roles pay; the rest are shown, never counted. */
export function payable(w: Working): boolean {
  return w.validityStatus === "in-force" && w.forApplicant;
}

export function paying(it: WorkingItem): boolean {
  return it.status === "eligible" && it.amount !== null;
}
