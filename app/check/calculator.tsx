"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useMemo, useRef } from "react";
import { ResultsBar } from "@/components/results/results-bar";
import { ResultsPanel } from "@/components/results/results-panel";
import { Card } from "@/components/ui/card";
import { focusElement } from "@/components/wizard/ids";
import { isAnswered } from "@/components/wizard/locate";
import {
  ProfileWizard,
  useOpenReads,
  useWizardSteps,
  type ProfileWizardHandle,
} from "@/components/wizard/profile-wizard";
import { StartStep } from "@/components/wizard/start-step";
import { RoundSelect } from "@/components/round-select";
import { getAt, type JsonObject } from "@/lib/browser/json-path";
import { emptyProfile, useSelfCheck } from "@/lib/browser/self-check-store";
import { useEvaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";
import { POLICY_KEYS, type PolicyKey } from "@/lib/engine/types";
import { currentRound } from "@/lib/rounds";
import { factsOfSteps, START_FACTS } from "@/lib/profile/wizard-steps";
import { Toolbar } from "./toolbar";

const EMPTY = emptyProfile();

function industriesOf(draft: unknown): PolicyKey[] {
  const v = getAt(draft, ["enterprise", "industries"]);
  return Array.isArray(v) ? POLICY_KEYS.filter((k) => v.includes(k)) : [];
}

/** The wizard beside its live results, computed in the browser by the same engine as the API. */
export default function Calculator() {
  const t = useTranslations("check");
  const lang = useLocale() as Lang;
  const [state, update] = useSelfCheck();
  const current = useMemo(() => currentRound().year, []);
  const draft = state?.profile ?? EMPTY;
  const round = state?.round ?? current;
  const deferredDraft = useDeferredValue(draft);
  const evaluation = useEvaluation(deferredDraft, round, lang);
  const wizard = useRef<ProfileWizardHandle>(null);
  const policiesKey = industriesOf(draft).join(",");
  const policies = useMemo(
    () => (policiesKey ? (policiesKey.split(",") as PolicyKey[]) : []),
    [policiesKey],
  );

  const open = useOpenReads(evaluation.result, deferredDraft);
  const steps = useWizardSteps(draft, policies, open);
  const shown = useMemo(() => new Set([...START_FACTS, ...factsOfSteps(steps)]), [steps]);
  const canAsk = useCallback(
    (fact: string) => shown.has(fact) && !isAnswered(draft, fact),
    [shown, draft],
  );

  const setProfile = useCallback(
    (profile: JsonObject) => update((s) => ({ ...s, profile })),
    [update],
  );
  const setRound = useCallback((next: number) => update((s) => ({ ...s, round: next })), [update]);
  const setStep = useCallback((step: string) => update((s) => ({ ...s, step })), [update]);

  const intro = useMemo(
    () => ({
      title: t("start.title"),
      content: (
        <StartStep
          value={draft}
          onChange={setProfile}
          round={round}
          onRoundChange={setRound}
          current={current}
        />
      ),
    }),
    [t, draft, setProfile, round, setRound, current],
  );

  if (!state) return null;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] lg:items-start">
      <div className="min-w-0 space-y-4">
        <Toolbar
          draft={draft}
          round={round}
          valid={evaluation.parsed.ok}
          onImport={(profile, importedRound) =>
            update((s) => ({ ...s, profile, round: importedRound ?? s.round }))
          }
        />
        <Card className="p-4 sm:p-6">
          <ProfileWizard
            ref={wizard}
            value={draft}
            onChange={setProfile}
            policies={policies}
            open={open}
            step={state.step}
            onStepChange={setStep}
            intro={intro}
            finishLabel={t("wizard.finish")}
            onFinish={() => focusElement("results-title")}
          />
        </Card>
      </div>
      <div className="min-w-0 pb-16 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-2 lg:pb-0">
        {policies.length === 0 ? (
          <Card className="border-dashed">
            <h2 className="text-lg font-semibold text-slate-900">{t("resultsPending")}</h2>
            <p className="mt-2 text-sm leading-6 text-slate-600">{t("noIndustry")}</p>
          </Card>
        ) : evaluation.result ? (
          <ResultsPanel
            result={evaluation.result}
            roundControl={
              <RoundSelect
                id="results-round"
                aria-label={t("start.round")}
                current={current}
                value={round}
                onChange={(e) => setRound(Number(e.target.value))}
              />
            }
            lang={lang}
            stale={evaluation.stale}
            onAsk={(fact) => wizard.current?.ask(fact)}
            canAsk={canAsk}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("fixFirst")}</p>
        )}
      </div>
      {evaluation.result && policies.length > 0 && (
        <ResultsBar
          total={evaluation.result.totals.overall}
          toWin={evaluation.result.totals.toWin}
          count={
            evaluation.result.clauses.filter((c) => c.status === "eligible" && c.forApplicant)
              .length
          }
          lang={lang}
          targetId="results-title"
        />
      )}
    </div>
  );
}
