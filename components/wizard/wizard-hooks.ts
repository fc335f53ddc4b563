"use client";

import { useMemo } from "react";
import type { Beneficiary, EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { openReads, openReadsKey, type OpenReads } from "@/lib/profile/open-reads";
import { wizardSteps, type WizardStep } from "@/lib/profile/wizard-steps";
import { ALL_CLAUSES } from "@/rules";
import { isAnswered } from "./locate";
import { rolesOf } from "./roles";

/** Hooks the wizard's hosts share: its steps for a draft, and the facts still open. */

/** The wizard's steps for a draft: the chosen policies' questions for the applicant's roles. */
export function useWizardSteps(
  value: unknown,
  policies: readonly PolicyKey[],
  open?: OpenReads,
): readonly WizardStep[] {
  const rolesKey = rolesOf(value).join(",");
  const policiesKey = policies.join(",");
  const openKey = open ? openReadsKey(open) : "";
  return useMemo(
    () =>
      wizardSteps(ALL_CLAUSES, {
        policies: policiesKey ? (policiesKey.split(",") as PolicyKey[]) : [],
        roles: rolesKey ? (rolesKey.split(",") as Beneficiary[]) : [],
        open,
      }),
    // openKey stands for the open facts: the map is rebuilt on every evaluation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [policiesKey, rolesKey, openKey],
  );
}

const READS = new Map(ALL_CLAUSES.map((c) => [c.id, c.reads as readonly string[]]));

/** The facts each clause still needs, from the live evaluation of the draft (none: ask all). */
export function useOpenReads(
  result: EvaluationResult | null | undefined,
  draft: unknown,
): OpenReads | undefined {
  return useMemo(
    () =>
      result
        ? openReads(
            result.clauses,
            (id) => READS.get(id),
            (fact) => isAnswered(draft, fact, true),
          )
        : undefined,
    [result, draft],
  );
}
