import { useTranslations } from "next-intl";
import { formatWan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import { amountText, totalText } from "./labels";
import type { ResultSections } from "./sections";

/** How many clauses may pay, need a review, state no amount. */
export function resultCounts(s: ResultSections) {
  const eligible = s.eligible.flatMap((g) => g.items);
  return {
    eligible: eligible.length,
    review: eligible.filter((c) => c.requiresReview).length,
    unspecified: eligible.filter((c) => !c.amount).length,
  };
}

/** The headline: the total in 万元, exact in 元 below, and the counts. */
export function ResultsTotal({
  result,
  sections,
  lang,
}: {
  result: EvaluationResult;
  sections: ResultSections;
  lang: Lang;
}) {
  const t = useTranslations("results");
  const total = result.totals.overall;
  return (
    <div
      className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 lg:sticky lg:top-0 lg:z-10 lg:shadow-sm"
      data-testid="results-total"
      data-min={total.min}
      data-max={total.max}
      data-to-win-min={result.totals.toWin.min}
      data-to-win-max={result.totals.toWin.max}
      data-rules-version={result.rulesVersion}
    >
      <p className="text-sm font-medium text-emerald-900">{t("total")}</p>
      <p className="mt-1 text-2xl font-bold text-emerald-900" aria-live="polite">
        {totalText(total, lang, formatWan)}
      </p>
      <p className="mt-1 text-sm text-emerald-900">{amountText(total, lang)}</p>
      {result.totals.toWin.max > 0 && (
        <p className="mt-2 text-sm text-emerald-900" data-testid="results-to-win">
          {t("toWin", { amount: totalText(result.totals.toWin, lang, formatWan) })}
        </p>
      )}
      <p className="mt-2 text-sm text-emerald-900">{t("counts", resultCounts(sections))}</p>
    </div>
  );
}
