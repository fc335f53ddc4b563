import type { ClauseResult } from "@/lib/engine/types";

/**
 * How sure an eligible clause's amount is: "to-win" when a selection or review still decides
 * (readings rule 9), "fixed" when the text fixes the sum (min = max > 0), else "up-to" (a ceiling).
 */
export type Certainty = "fixed" | "up-to" | "to-win";

export const CERTAINTIES: readonly Certainty[] = ["fixed", "up-to", "to-win"];

/** The engine's certainty when it states one, else the same rule applied to the clause result. */
export function certaintyOf(
  c: Pick<ClauseResult, "requiresReview" | "amount"> & { readonly certainty?: Certainty },
): Certainty {
  if (c.certainty) return c.certainty;
  if (c.requiresReview) return "to-win";
  if (c.amount && c.amount.min === c.amount.max && c.amount.max > 0) return "fixed";
  return "up-to";
}
