"use client";

import {
  useCanAsk,
  useChosenPolicies,
  useOpenReads,
  useWizardSteps,
} from "@/components/wizard/wizard-hooks";
import type { Engine } from "@/lib/browser/engine";
import { useEvaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";

const NO_CLAUSES = [] as const;

/**
 * A draft profile as the wizard and its live results see it (self-check and the staff client
 * form): the chosen policies, the evaluation of the draft for the round, the wizard's steps, the
 * facts still open and whether a fact can be asked ("去填写"). `engine` is null while the rules
 * load: the draft is validated but not evaluated, and only the start and enterprise steps exist.
 *
 * The draft is evaluated in the keystroke's own render, not a deferred one: parse and evaluate
 * take about a millisecond and the memoised cards re-render only where a result changed, while a
 * deferred render, sliced into 5 ms tasks with frames between them, took two to four times longer
 * to show the new total (docs/ui-performance.md).
 */
export function useLiveDraft(draft: unknown, round: number, lang: Lang, engine: Engine | null) {
  const policies = useChosenPolicies(draft);
  // Nothing is shown for a profile without an industry: it is not evaluated (a first visit's
  // page load then neither runs the engine nor compiles its code).
  const registry = policies.length > 0 ? (engine?.registry ?? null) : null;
  const evaluation = useEvaluation(draft, round, lang, registry);
  const open = useOpenReads(evaluation.result, draft, engine);
  const eventYear = round - 1;
  const steps = useWizardSteps(draft, policies, eventYear, open, engine?.clauses ?? NO_CLAUSES);
  const canAsk = useCanAsk(draft, steps, eventYear);
  return { policies, evaluation, open, steps, canAsk };
}
