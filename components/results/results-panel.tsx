"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { roundLabel } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import { BadgeLegend } from "./badge-legend";
import { EligibleSection } from "./eligible-section";
import { NearMissSection } from "./near-miss-section";
import { NeedsInfoSection } from "./needs-info-section";
import { OutOfForceSection } from "./out-of-force-section";
import { PolicyChart } from "./policy-chart";
import { ResultsTotal } from "./results-total";
import { resultSections } from "./sections";
import { PolicyRounds } from "./policy-rounds";
import { SupersededSection } from "./superseded-section";

export type ResultsPanelProps = {
  readonly result: EvaluationResult;
  readonly lang: Lang;
  /** Opens the wizard at a needs-info question; without it the questions are listed only. */
  readonly onAsk?: (fact: string) => void;
  /** Whether the form asks a fact and it is still unanswered; only those get "去填写". */
  readonly canAsk?: (fact: string) => boolean;
  /** Opens "如果…会怎样" for a clause; without it the button is not offered. */
  readonly onWhatIf?: (clauseId: string) => void;
  /** The profile has errors: these are the results of the last valid answers. */
  readonly stale?: boolean;
  /** The heading level's id, for links to the results. */
  readonly headingId?: string;
  /** Where the user changes the round, shown beside it in the header. */
  readonly roundControl?: ReactNode;
};

/**
 * The evaluation as the enterprise reads it: total, chart by policy, eligible clauses with their
 * trace and wording, near misses, questions still open, superseded clauses and policies out of
 * force on the date. Only clauses for the applicant's own roles are shown.
 */
export function ResultsPanel({
  result,
  lang,
  onAsk,
  canAsk,
  onWhatIf,
  stale,
  headingId = "results-title",
  roundControl,
}: ResultsPanelProps) {
  const t = useTranslations("results");
  const s = resultSections(result);
  return (
    <section aria-labelledby={headingId} className="space-y-6">
      <div className="space-y-1">
        <h2
          id={headingId}
          tabIndex={-1}
          className="scroll-mt-4 text-xl font-semibold text-slate-900 focus:outline-none"
        >
          {t("title")}
        </h2>
        <p className="text-sm font-medium text-slate-800" data-testid="results-round">
          {roundLabel(result.round)[lang]}
        </p>
        {roundControl}
        <p className="text-xs text-slate-500">
          {t("meta", { round: roundLabel(result.round)[lang], version: result.rulesVersion })}
        </p>
      </div>
      {stale && (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t("stale")}
        </p>
      )}
      <ResultsTotal result={result} sections={s} lang={lang} />
      <PolicyChart result={result} sections={s} lang={lang} />
      <BadgeLegend lang={lang} />
      <EligibleSection groups={s.eligible} totals={result.totals} lang={lang} onWhatIf={onWhatIf} />
      <NearMissSection clauses={s.nearMisses} lang={lang} onWhatIf={onWhatIf} />
      <NeedsInfoSection
        groups={s.needsInfo}
        lang={lang}
        onAsk={onAsk}
        canAsk={canAsk}
        eventYear={result.round.eventYear}
      />
      <SupersededSection clauses={s.superseded} lang={lang} />
      <OutOfForceSection groups={s.outOfForce} round={result.round} lang={lang} />
      <PolicyRounds result={result} lang={lang} />
      <p className="text-xs leading-5 text-slate-500">{t("disclaimer")}</p>
    </section>
  );
}
