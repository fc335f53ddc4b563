import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { memo, startTransition, useEffect, useMemo, useState } from "react";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import type { ChartRow } from "./estimate-chart";
import type { ResultSections } from "./sections";

const EstimateChart = dynamic(() => import("./estimate-chart"), {
  ssr: false,
  loading: () => <div className="h-32" />,
});

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

/** How long the chart waits for typing to pause before it redraws. */
const CHART_SETTLE_MS = 150;

/**
 * One row per policy that may pay: the part the text fixes, the part up to a ceiling, and the part
 * to be won in a selection or review (the bar's end is the most the policy may give).
 */
export function chartRows(
  result: EvaluationResult,
  sections: ResultSections,
  lang: Lang,
): ChartRow[] {
  return sections.eligible
    .map((g) => {
      const p = result.totals.byPolicy[g.policy];
      return {
        name: POLICIES[g.policy].shortName[lang],
        fixed: wan(p?.fixed.max ?? 0),
        upTo: wan(p?.upTo.max ?? 0),
        toWin: wan(p?.toWin.max ?? 0),
      };
    })
    .filter((r) => r.fixed + r.upTo + r.toWin > 0);
}

/** The estimate by policy as one labelled bar each, with a legend and the figures as text. */
export function PolicyChart({
  result,
  sections,
  lang,
}: {
  result: EvaluationResult;
  sections: ResultSections;
  lang: Lang;
}) {
  const fresh = chartRows(result, sections, lang);
  // The same rows while no figure changes. The chart is the slowest part of the panel (a redraw
  // costs more than the rest of a keystroke), so it redraws in a render of its own once typing
  // pauses: a keystroke shows the new total at once.
  const key = JSON.stringify(fresh);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => fresh, [key]);
  const [rows, setRows] = useState(stable);
  useEffect(() => {
    if (rows === stable) return;
    const timer = setTimeout(() => startTransition(() => setRows(stable)), CHART_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [rows, stable]);
  return <ChartFigure rows={rows} lang={lang} />;
}

/** Memoised on the rows: a keystroke that changes no figure of the chart skips it altogether. */
const ChartFigure = memo(function ChartFigure({
  rows,
  lang,
}: {
  rows: readonly ChartRow[];
  lang: Lang;
}) {
  const t = useTranslations("results");
  if (rows.length === 0) return null;
  const parts = [
    { key: "fixed", label: t("chartFixed"), color: "#047857" },
    { key: "upTo", label: t("chartUpTo"), color: "#1d4ed8" },
    { key: "toWin", label: t("chartToWin"), color: "#b45309" },
  ] as const;
  const shown = parts.filter((p) => rows.some((r) => r[p.key] > 0));
  const described = rows
    .map((r) => [r.name, ...shown.map((p) => `${p.label} ${r[p.key]} ${t("wanUnit")}`)].join(" "))
    .join(lang === "zh" ? "；" : "; ");
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{t("chartTitle")}</figcaption>
      <div role="img" aria-label={described}>
        <EstimateChart rows={rows} parts={shown} axisLabel={t("chartAxis")} />
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-hidden="true">
        {shown.map((p) => (
          <li key={p.key} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-3 rounded-sm" style={{ background: p.color }} />
            {p.label}
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">{t("chartNote")}</p>
    </figure>
  );
});
