"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { whatIfChoice, whatIfSeries } from "@/lib/browser/what-if";
import { formatWan, groupDigits } from "@/lib/engine/format";
import { itemLabel } from "@/lib/engine/render";
import { roundOf } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { findClause, registry } from "@/rules";
import { clauseTitle } from "./labels";

const WhatIfChart = dynamic(() => import("./what-if-chart"), {
  ssr: false,
  loading: () => <div style={{ height: 280 }} />,
});

const wanNumber = (yuan: number) => groupDigits(Math.round(yuan / 100) / 100);

/**
 * "如果…会怎样" for one clause: a modal dialog where the user picks one money figure the clause
 * reads and sees the clause's amount and the total across a range of it, as a chart and a table.
 * Evaluated in the browser with the other answers unchanged; nothing is saved.
 */
export function WhatIfDialog({
  clauseId,
  profile,
  result,
  round,
  lang,
  onClose,
}: {
  clauseId: string;
  profile: Profile;
  result: EvaluationResult;
  round: number;
  lang: Lang;
  onClose: () => void;
}) {
  const t = useTranslations("results.whatIfPanel");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const selectId = useId();
  const clause = findClause(clauseId);
  const clauseResult = result.clauses.find((c) => c.id === clauseId);
  const choice = useMemo(
    () =>
      clause && clauseResult ? whatIfChoice(clause, clauseResult, profile, round - 1) : undefined,
    [clause, clauseResult, profile, round],
  );
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const path = picked ?? choice?.defaultPath;
  const fact = choice?.facts.find((f) => f.path === path);
  const series = useMemo(
    () =>
      clause && fact ? whatIfSeries(registry, profile, roundOf(round), clause, fact) : undefined,
    [clause, fact, profile, round],
  );

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const factLabel = fact ? fact.label[lang] : "";
  const title = clauseTitle(clauseId, lang);
  const sep = lang === "zh" ? "" : " ";
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid="what-if"
      className="m-auto w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="max-h-[calc(100vh-4rem)] space-y-4 overflow-y-auto p-4 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {t("title", { clause: title })}
          </h2>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="rounded px-2 py-1 text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            {t("close")}
          </button>
        </div>
        <p className="text-sm leading-6 text-slate-700">{t("intro")}</p>
        {!choice || choice.facts.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noFact")}</p>
        ) : (
          <>
            <div className="space-y-1">
              <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
                {t("fact")}
              </label>
              <select
                id={selectId}
                value={path}
                onChange={(e) => setPicked(e.target.value)}
                className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                {choice.facts.map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.label[lang]}
                  </option>
                ))}
              </select>
              {choice.item && (
                <p className="text-xs text-slate-600">
                  {t("item", { item: itemLabel(choice.item, lang) })}
                </p>
              )}
            </div>
            {series && fact && (
              <>
                <p className="text-sm text-slate-700">
                  {fact.value === undefined
                    ? t("noValue")
                    : t("now", { value: formatWan(fact.value, lang) })}
                  {series.caps.length > 0 &&
                    sep +
                      t("caps", { caps: series.caps.map((c) => formatWan(c, lang)).join("、") })}
                  {series.knees.length > 0 &&
                    sep +
                      t("knees", { knees: series.knees.map((k) => formatWan(k, lang)).join("、") })}
                  {series.thresholds.length > 0 &&
                    sep +
                      t("thresholds", {
                        values: series.thresholds.map((v) => formatWan(v, lang)).join("、"),
                      })}
                </p>
                <WhatIfChart
                  series={series}
                  labels={{
                    axis: t("axis", { fact: factLabel }),
                    clause: t("clause"),
                    total: t("total"),
                    threshold: (v) => t("threshold", { value: groupDigits(v) }),
                    cap: (v) => t("cap", { value: groupDigits(v) }),
                    current: t("current"),
                  }}
                />
                <div
                  role="region"
                  aria-label={t("table")}
                  tabIndex={0}
                  className="max-h-64 overflow-y-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  <table
                    className="w-full text-right text-sm tabular-nums"
                    data-testid="what-if-table"
                  >
                    <caption className="sr-only">{t("table")}</caption>
                    <thead className="sticky top-0 bg-slate-50 text-xs text-slate-700">
                      <tr>
                        <th scope="col" className="px-3 py-1.5 font-medium">
                          {t("axis", { fact: factLabel })}
                        </th>
                        <th scope="col" className="px-3 py-1.5 font-medium">
                          {t("clauseWan")}
                        </th>
                        <th scope="col" className="px-3 py-1.5 font-medium">
                          {t("totalWan")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {series.points.map((p) => (
                        <tr
                          key={p.x}
                          data-x={p.x}
                          data-clause={p.clause}
                          className={
                            p.x === series.current
                              ? "bg-emerald-50 font-medium"
                              : "border-t border-slate-100"
                          }
                        >
                          <th scope="row" className="px-3 py-1 font-normal">
                            {wanNumber(p.x)}
                            {p.x === series.current && ` ${t("currentMark")}`}
                          </th>
                          <td className="px-3 py-1">{wanNumber(p.clause)}</td>
                          <td className="px-3 py-1">{wanNumber(p.total)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </>
        )}
      </div>
    </dialog>
  );
}
