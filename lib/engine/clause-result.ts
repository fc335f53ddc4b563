import { t, type Text } from "./text";
import type { Amount, Certainty, ClauseResult, ClauseStatus, Condition } from "./types";
import { NONE, type Working, type WorkingItem } from "./working";

const NOT_STATED = t("政策原文未明确金额", "The text states no amount");
const NON_MONETARY = t("非资金支持", "Non-monetary support");
const NOT_FOR_APPLICANT = t("申请主体类型不符", "Not for this kind of applicant");

function certaintyOf(requiresReview: boolean, amount: Amount | null): Certainty {
  if (requiresReview) return "to-win";
  return amount && amount.min === amount.max && amount.max > 0 ? "fixed" : "up-to";
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

/** The clause's result as the reader sees it: status, amount, trace, near misses, questions. */
export function clauseResultOf(w: Working): ClauseResult {
  const status = clauseStatus(w);
  const requiresReview = w.clause.requiresReview || anyToWin(w.items);
  return {
    id: w.clause.id,
    policy: w.clause.policy,
    kind: w.clause.kind,
    beneficiary: w.clause.beneficiary,
    forApplicant: w.forApplicant,
    status,
    requiresReview,
    certainty: certaintyOf(requiresReview, w.amount),
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
