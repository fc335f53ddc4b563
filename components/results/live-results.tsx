"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { memo, useCallback, useState } from "react";
import { RoundSelect } from "@/components/round-select";
import type { Evaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";
import { ResultsBar } from "./results-bar";
import { ResultsPanel } from "./results-panel";
import { ResultsPending } from "./results-pending";

/** Opened on a click only: its code loads then, not with the page. */
const WhatIfDialog = dynamic(() => import("./what-if-dialog").then((m) => m.WhatIfDialog), {
  ssr: false,
});

export type LiveResultsProps = {
  readonly evaluation: Evaluation;
  /** No industry chosen yet: nothing to evaluate. */
  readonly empty: boolean;
  readonly round: number;
  readonly currentRound: number;
  readonly onRoundChange: (round: number) => void;
  readonly lang: Lang;
  readonly onAsk?: (fact: string) => void;
  readonly canAsk?: (fact: string) => boolean;
  /** Opens "如果…会怎样" for a clause (a stable callback: the results are memoised). */
  /** The results' heading id, also the target of the bar's link on small screens. */
  readonly headingId?: string;
};

/**
 * The results column beside a profile form (self-check and the staff client form): the live
 * evaluation of the draft, a prompt while no industry is chosen, the last valid result while the
 * draft has errors, and the sticky total bar on small screens. Memoised: a render of the form
 * that leaves the evaluation as it was (a step change, a draft still in error) skips it.
 */
export const LiveResults = memo(function LiveResults({
  evaluation,
  empty,
  round,
  currentRound,
  onRoundChange,
  lang,
  onAsk,
  canAsk,
  headingId = "results-title",
}: LiveResultsProps) {
  const t = useTranslations("check");
  const result = evaluation.result;
  // "如果…会怎样" on a clause: the dialog varies one figure of the evaluated profile.
  const [whatIf, setWhatIf] = useState<string | null>(null);
  const closeWhatIf = useCallback(() => setWhatIf(null), []);
  return (
    <>
      {empty ? (
        <ResultsPending />
      ) : result ? (
        <ResultsPanel
          result={result}
          headingId={headingId}
          roundControl={
            <RoundSelect
              id={headingId.replace(/-title$/, "-round")}
              aria-label={t("start.round")}
              current={currentRound}
              value={round}
              onChange={(e) => onRoundChange(Number(e.target.value))}
            />
          }
          lang={lang}
          stale={evaluation.stale}
          onAsk={onAsk}
          canAsk={canAsk}
          onWhatIf={setWhatIf}
        />
      ) : (
        <p className="text-sm text-slate-600">{t("fixFirst")}</p>
      )}
      {result && !empty && (
        <ResultsBar
          total={result.totals.overall}
          toWin={result.totals.toWin}
          count={result.clauses.filter((c) => c.status === "eligible" && c.forApplicant).length}
          lang={lang}
          targetId={headingId}
        />
      )}
      {whatIf && evaluation.profile && result && (
        <WhatIfDialog
          clauseId={whatIf}
          profile={evaluation.profile}
          result={result}
          round={round}
          lang={lang}
          onClose={closeWhatIf}
        />
      )}
    </>
  );
});
