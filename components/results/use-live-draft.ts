"use client";

import { useDeferredValue } from "react";
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
 * form): the chosen policies, the evaluation of the draft for the round (a keystroke behind, so
 * typing stays fluid), the facts still open and whether a fact can be asked ("去填写").
 */
export function useLiveDraft(draft: unknown, round: number, lang: Lang) {
  const policies = useChosenPolicies(draft);
  const deferred = useDeferredValue(draft);
  const evaluation = useEvaluation(deferred, round, lang);
  const open = useOpenReads(evaluation.result, deferred);
  const eventYear = round - 1;
  const steps = useWizardSteps(draft, policies, eventYear, open);
  // Read against the evaluated draft, like the results it serves (stable while a key is typed).
  const canAsk = useCanAsk(deferred, steps, eventYear);
  return { policies, evaluation, open, canAsk };
}
