"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo } from "react";
import { StartStep } from "@/components/wizard/start-step";
import type { JsonObject } from "@/lib/browser/json-path";
import { START_STEP, useSelfCheck } from "@/lib/browser/self-check-store";
import { currentRound, parseRound } from "@/lib/rounds";

/**
 * The rules, the engine and the profile schema are most of the page's weight; they load right
 * after the page, while the start step (industries, date, applicant) is already usable.
 */
const Calculator = dynamic(() => import("./calculator"), {
  ssr: false,
  loading: () => <CalculatorLoading />,
});

function CalculatorLoading() {
  const t = useTranslations("check");
  const [state, update] = useSelfCheck();
  const current = useMemo(() => currentRound().year, []);
  const setProfile = useCallback(
    (profile: JsonObject) => update((s) => ({ ...s, profile })),
    [update],
  );
  const setRound = useCallback((round: number) => update((s) => ({ ...s, round })), [update]);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600" role="status">
        {t("loadingCalculator")}
      </p>
      {state && state.step === START_STEP && (
        <div className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <StartStep
            value={state.profile}
            onChange={setProfile}
            round={state.round}
            onRoundChange={setRound}
            current={current}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The self-check: start, wizard and live results, kept in localStorage as the user types. A link
 * may name the round: /check?round=2027, or /check?asOf=2027-02-01 for the round open or next to
 * open on that day.
 */
export function SelfCheck() {
  const t = useTranslations("check");
  const [state, update] = useSelfCheck();
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const round = parseRound(query.get("round") ?? query.get("asOf"));
    if (round) update((s) => ({ ...s, round: round.year }));
  }, [update]);
  if (!state)
    return (
      <p className="text-sm text-slate-600" role="status">
        {t("loading")}
      </p>
    );
  return <Calculator />;
}
