"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import { ResultsPending } from "@/components/results/results-pending";
import { useLiveDraft } from "@/components/results/use-live-draft";
import { Card } from "@/components/ui/card";
import { focusElement } from "@/components/wizard/ids";
import { ProfileWizard, type ProfileWizardHandle } from "@/components/wizard/profile-wizard";
import { StartStep } from "@/components/wizard/start-step";
import { type JsonObject } from "@/lib/browser/json-path";
import { isServerState, START_STEP, useSelfCheck } from "@/lib/browser/self-check-store";
import type { Lang } from "@/lib/engine/text";
import { currentRound } from "@/lib/rounds";
import { Toolbar } from "./toolbar";
import { useCalculatorChunk } from "./use-calculator-chunk";

/**
 * The wizard beside its live results, computed in the browser by the same engine as the API. The
 * form is part of the page (a first visit sees it at once, and it does not move when the rest
 * arrives); the rules, the engine and the results panel load once the form is touched (at once
 * for a saved self-check). Until they have, the start step (industries, round, applicant) is
 * asked and the results column waits.
 */
export function Calculator() {
  const t = useTranslations("check");
  const lang = useLocale() as Lang;
  const [state, update] = useSelfCheck({ freshOnServer: true });
  const current = useMemo(() => currentRound().year, []);
  const draft = state.profile;
  const round = state.round;
  // A saved self-check needs the rules at once; a first visit's once the form is touched.
  const [touched, setTouched] = useState(false);
  const touch = useCallback(() => setTouched(true), []);
  const chunk = useCalculatorChunk(touched || !isServerState(state));
  const engine = chunk?.fullEngine ?? null;
  const { policies, evaluation, steps, canAsk } = useLiveDraft(draft, round, lang, engine);
  const wizard = useRef<ProfileWizardHandle>(null);
  const ask = useCallback((fact: string) => void wizard.current?.ask(fact), []);

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

  const Results = chunk?.LiveResults;
  // A saved step past the start asks what the rules read: it waits for them.
  const stepReady = engine !== null || state.step === START_STEP;
  return (
    <div
      className="grid gap-8 lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] lg:items-start"
      data-fresh-check={isServerState(state) ? "" : undefined}
      onPointerDown={chunk ? undefined : touch}
      onFocus={chunk ? undefined : touch}
      onKeyDown={chunk ? undefined : touch}
    >
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
          {stepReady ? (
            <ProfileWizard
              ref={wizard}
              value={draft}
              onChange={setProfile}
              steps={steps}
              round={round}
              step={state.step}
              onStepChange={setStep}
              intro={intro}
              finishLabel={t("wizard.finish")}
              onFinish={() => focusElement("results-title")}
            />
          ) : (
            <p className="text-sm text-slate-600" role="status">
              {t("loading")}
            </p>
          )}
        </Card>
      </div>
      <div className="min-w-0 pb-16 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-2 lg:pb-0">
        {Results ? (
          <Results
            evaluation={evaluation}
            empty={policies.length === 0}
            round={round}
            currentRound={current}
            onRoundChange={setRound}
            lang={lang}
            onAsk={ask}
            canAsk={canAsk}
          />
        ) : policies.length === 0 ? (
          <ResultsPending />
        ) : (
          <Card className="border-dashed" role="status">
            <p className="text-sm leading-6 text-slate-600">{t("loadingCalculator")}</p>
          </Card>
        )}
      </div>
    </div>
  );
}
