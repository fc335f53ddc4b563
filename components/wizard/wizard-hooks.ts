"use client";

import { useCallback, useMemo } from "react";
import { getAt } from "@/lib/browser/json-path";
import type { Engine } from "@/lib/browser/engine";
import {
  POLICY_KEYS,
  type AnyClause,
  type Beneficiary,
  type EvaluationResult,
  type PolicyKey,
} from "@/lib/engine/types";
import { openReadsKey, type OpenReads } from "@/lib/profile/open-reads";
import {
  factsOfSteps,
  START_FACTS,
  wizardSteps,
  type WizardStep,
} from "@/lib/profile/wizard-steps";
import { asksFactNow, isAnswered, openReadsOfDraft } from "./locate";
import { rolesOf } from "./roles";

/** Hooks the wizard's hosts share: its steps for a draft, and the facts still open. */

/**
 * The wizard's steps for a draft: the chosen policies' questions for the applicant's roles, the
 * yearly figures asked for the calendar years the round's events compare (`eventYear`). `clauses`:
 * the rule set's (none while it loads: then only the questions every profile answers are asked).
 */
export function useWizardSteps(
  value: unknown,
  policies: readonly PolicyKey[],
  eventYear: number,
  open: OpenReads | undefined,
  clauses: readonly AnyClause[],
): readonly WizardStep[] {
  const rolesKey = rolesOf(value).join(",");
  const policiesKey = policies.join(",");
  const openKey = open ? openReadsKey(open) : "";
  return useMemo(
    () =>
      wizardSteps(clauses, {
        policies: policiesKey ? (policiesKey.split(",") as PolicyKey[]) : [],
        roles: rolesKey ? (rolesKey.split(",") as Beneficiary[]) : [],
        open,
        eventYear,
      }),
    // openKey stands for the open facts: the map is rebuilt on every evaluation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policiesKey, rolesKey, openKey, eventYear, clauses],
  );
}

/** The facts each clause still needs, from the live evaluation of the draft (none: ask all). */
export function useOpenReads(
  result: EvaluationResult | null | undefined,
  draft: unknown,
  engine: Engine | null,
): OpenReads | undefined {
  return useMemo(
    () => (result && engine ? openReadsOfDraft(result, engine.readsOf, draft) : undefined),
    [result, draft, engine],
  );
}

/** Whether a fact is asked on the wizard's current steps and still unanswered ("去填写" links). */
export function useCanAsk(
  draft: unknown,
  steps: readonly WizardStep[],
  eventYear: number,
): (fact: string) => boolean {
  const shown = useMemo(() => new Set([...START_FACTS, ...factsOfSteps(steps)]), [steps]);
  return useCallback(
    (fact: string) =>
      shown.has(fact) &&
      !isAnswered(draft, fact, false, eventYear) &&
      asksFactNow(steps, fact, draft, eventYear),
    [shown, draft, eventYear, steps],
  );
}

/** The industries chosen on the start step, as a list that keeps its identity while they stay. */
export function useChosenPolicies(draft: unknown): readonly PolicyKey[] {
  const v = getAt(draft, ["enterprise", "industries"]);
  const key = Array.isArray(v) ? POLICY_KEYS.filter((k) => v.includes(k)).join(",") : "";
  return useMemo(() => (key ? (key.split(",") as PolicyKey[]) : []), [key]);
}
