import type { Text } from "./text";
import type { Round, RoundStatus } from "./round";
import type { Amount, Beneficiary, ClauseKind, Condition, PolicyKey, Step } from "./types";

/** What an evaluation returns: per item, per clause, per policy, the totals and the rounds. */

export type ClauseStatus =
  "eligible" | "ineligible" | "needs-info" | "expired" | "not-yet-effective" | "superseded";

export type ItemResult = {
  readonly key: string;
  readonly label: string;
  /** The label in English where it differs from `label` (see `itemLabel`). */
  readonly labelEn?: string;
  readonly status: "eligible" | "ineligible" | "needs-info" | "superseded";
  readonly conditions: readonly Condition[];
  readonly amount: Amount | null;
  readonly steps: readonly Step[];
  readonly supersededBy?: string;
};

/**
 * How sure a clause's amount is (readings rule 9): "to-win" needs a selection, ranking or review
 * still to be won; otherwise "fixed" when the text fixes the sum (min = max > 0), else "up-to".
 */
export type Certainty = "fixed" | "up-to" | "to-win";

export type ClauseResult = {
  readonly id: string;
  readonly policy: PolicyKey;
  readonly kind: ClauseKind;
  readonly beneficiary: Beneficiary;
  /** Whether the clause's beneficiary is one of the applicant's roles. */
  readonly forApplicant: boolean;
  readonly status: ClauseStatus;
  readonly requiresReview: boolean;
  readonly certainty: Certainty;
  readonly amount: Amount | null;
  /** Why the amount is null: the text states no figure, non-monetary support, not eligible. */
  readonly amountNote?: Text;
  readonly items: readonly ItemResult[];
  /** Clause-level stages after the items: sum, clause cap, shared caps, superseded. */
  readonly steps: readonly Step[];
  readonly readings: readonly Text[];
  readonly nearMisses: readonly Condition[];
  /** Profile paths whose answers would settle a needs-info status. */
  readonly questions: readonly string[];
  readonly supersededBy?: string;
};

export type PolicyStatus = "in-force" | "expired" | "not-yet-effective";

/** Sums split by certainty; `min`/`max` (the headline) are fixed + up-to, to-win stated apart. */
export type CertaintySplit = {
  readonly fixed: Amount;
  readonly upTo: Amount;
  readonly toWin: Amount;
};

export type PolicyTotal = Amount &
  CertaintySplit & { readonly eligible: number; readonly unspecified: number };

export type Totals = CertaintySplit & {
  /** fixed + upTo: what the text gives on conditions the applicant meets; toWin is apart. */
  readonly overall: Amount;
  readonly byPolicy: Readonly<Partial<Record<PolicyKey, PolicyTotal>>>;
};

/** A policy in a round: its validity on the event year, its standing in the round, its last round. */
export type PolicyRoundResult = {
  readonly key: PolicyKey;
  readonly status: PolicyStatus;
  readonly roundStatus: RoundStatus;
  readonly lastRound: number;
};

export type EvaluationResult = {
  /** The application round (申报年度) and its event year (事项年度 = year − 1). */
  readonly round: Round;
  readonly rulesVersion: string;
  readonly policies: readonly PolicyRoundResult[];
  readonly clauses: readonly ClauseResult[];
  readonly totals: Totals;
};
