"use client";

import {
  useCanAsk,
  useChosenPolicies,
  useOpenReads,
  useWizardSteps,
} from "@/components/wizard/wizard-hooks";
import { useEvaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";

/**
 * A draft profile as the wizard and its live results see it (self-check and the staff client
 * form): the chosen policies, the evaluation of the draft for the round, the facts still open and
 * whether a fact can be asked ("去填写").
 *
 * The draft is evaluated in the keystroke's own render, not a deferred one: parse and evaluate
 * take about a millisecond and the memoised cards re-render only where a result changed, while a
 * deferred render, sliced into 5 ms tasks with frames between them, took two to four times longer
 * to show the new total (docs/ui-performance.md).
 */
export function useLiveDraft(draft: unknown, round: number, lang: Lang) {
  const policies = useChosenPolicies(draft);
  const evaluation = useEvaluation(draft, round, lang);
  const open = useOpenReads(evaluation.result, draft);
  const eventYear = round - 1;
  const steps = useWizardSteps(draft, policies, eventYear, open);
  const canAsk = useCanAsk(draft, steps, eventYear);
  return { policies, evaluation, open, canAsk };
}
