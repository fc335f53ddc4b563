import { useTranslations } from "next-intl";
import { memo } from "react";
import { sameProps } from "@/lib/browser/same-props";
import { renderGap } from "@/lib/engine/render";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult } from "@/lib/engine/types";
import { ClauseLabel } from "./clause-label";
import { ClauseSource } from "./clause-result-card";
import { PanelSection } from "./panel-section";

/** Clauses that miss only a numeric threshold, with how far off each is. */
export function NearMissSection({
  clauses,
  lang,
  onWhatIf,
}: {
  clauses: readonly ClauseResult[];
  lang: Lang;
  onWhatIf?: (clauseId: string) => void;
}) {
  const t = useTranslations("results");
  if (clauses.length === 0) return null;
  return (
    <PanelSection
      id="results-near"
      title={t("nearTitle", { count: clauses.length })}
      intro={t("nearIntro")}
    >
      <ul className="space-y-3">
        {clauses.map((c) => (
          <NearMissItem key={c.id} clause={c} lang={lang} onWhatIf={onWhatIf} />
        ))}
      </ul>
    </PanelSection>
  );
}

/** One near miss: the clause, how far off each threshold is, "如果…会怎样" and the wording. */
const NearMissItem = memo(function NearMissItem({
  clause: c,
  lang,
  onWhatIf,
}: {
  clause: ClauseResult;
  lang: Lang;
  onWhatIf?: (clauseId: string) => void;
}) {
  return (
    <li
      data-clause={c.id}
      data-status={c.status}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <p className="text-sm font-semibold text-slate-900">
        <ClauseLabel id={c.id} lang={lang} idClassName="font-normal text-slate-500" />
      </p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {c.nearMisses.map((m, i) => (
          <li key={i}>{renderGap(m, lang)}</li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        {onWhatIf && <WhatIfButton onClick={() => onWhatIf(c.id)} />}
        <ClauseSource id={c.id} lang={lang} />
      </div>
    </li>
  );
}, sameProps);

export function WhatIfButton({ onClick }: { onClick: () => void }) {
  const t = useTranslations("results");
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {t("whatIf")}
    </button>
  );
}
