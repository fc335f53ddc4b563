"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { formatWan, formatYuan } from "@/lib/engine/format";
import { renderGap } from "@/lib/engine/render";
import type { Lang } from "@/lib/engine/text";
import type { Amount, EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import { ClauseLabel } from "./clause-label";
import { ClauseResultCard, ClauseSource } from "./clause-result-card";
import { amountText, clauseTitle, factLabel } from "./labels";
import { resultSections } from "./sections";
import { colon } from "@/lib/client/punctuation";
import { lastRoundOf, roundLabel } from "@/lib/engine/round";
import { PolicyRounds, RoundStatusBadge } from "./policy-rounds";

const EstimateChart = dynamic(() => import("./estimate-chart"), {
  ssr: false,
  loading: () => <div className="h-32" />,
});

export type ResultsPanelProps = {
  readonly result: EvaluationResult;
  readonly lang: Lang;
  /** Opens the wizard at a needs-info question; without it the questions are listed only. */
  readonly onAsk?: (fact: string) => void;
  /** The profile has errors: these are the results of the last valid answers. */
  readonly stale?: boolean;
  /** The heading level's id, for links to the results. */
  readonly headingId?: string;
  /** Where the user changes the round, shown beside it in the header. */
  readonly roundControl?: ReactNode;
};

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

function totalText(a: Amount, lang: Lang): string {
  if (a.min === a.max) return formatWan(a.max, lang);
  if (a.min === 0)
    return lang === "zh" ? `最高 ${formatWan(a.max, lang)}` : `up to ${formatWan(a.max, lang)}`;
  return `${formatWan(a.min, lang)} – ${formatWan(a.max, lang)}`;
}

function PolicyHeading({ policy, lang, extra }: { policy: PolicyKey; lang: Lang; extra?: string }) {
  return (
    <h4 className="flex flex-wrap items-baseline justify-between gap-x-3 text-base font-semibold text-slate-900">
      <Link
        href={`/policies/${policy}`}
        className="text-brand-700 underline-offset-4 hover:underline"
      >
        {POLICIES[policy].shortName[lang]}
      </Link>
      {extra && <span className="text-sm font-medium text-slate-700">{extra}</span>}
    </h4>
  );
}

/** A titled part of the results with a line that says what it lists. */
function PanelSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <p className="text-sm text-slate-600">{intro}</p>
      {children}
    </section>
  );
}

/**
 * The evaluation as the enterprise reads it: total, chart by policy, eligible clauses with their
 * trace and wording, near misses, questions still open, superseded clauses and policies out of
 * force on the date. Only clauses for the applicant's own roles are shown.
 */
export function ResultsPanel({
  result,
  lang,
  onAsk,
  stale,
  headingId = "results-title",
  roundControl,
}: ResultsPanelProps) {
  const t = useTranslations("results");
  const s = resultSections(result);
  const total = result.totals.overall;
  const eligibleCount = s.eligible.reduce((n, g) => n + g.items.length, 0);
  const reviewCount = s.eligible.reduce(
    (n, g) => n + g.items.filter((c) => c.requiresReview).length,
    0,
  );
  const unspecified = s.eligible.reduce((n, g) => n + g.items.filter((c) => !c.amount).length, 0);
  const chartRows = s.eligible
    .map((g) => {
      const p = result.totals.byPolicy[g.policy];
      return {
        name: POLICIES[g.policy].shortName[lang],
        min: wan(p?.min ?? 0),
        max: wan(p?.max ?? 0),
      };
    })
    .filter((r) => r.max > 0);

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

      <div
        className="rounded-lg border border-emerald-200 bg-emerald-50 p-4"
        data-testid="results-total"
        data-min={total.min}
        data-max={total.max}
        data-rules-version={result.rulesVersion}
      >
        <p className="text-sm font-medium text-emerald-900">{t("total")}</p>
        <p className="mt-1 text-2xl font-bold text-emerald-900">{totalText(total, lang)}</p>
        <p className="mt-1 text-sm text-emerald-900">
          {total.min === total.max ? formatYuan(total.max, lang) : amountText(total, lang)}
        </p>
        <p className="mt-2 text-sm text-emerald-900">
          {t("counts", { eligible: eligibleCount, review: reviewCount, unspecified })}
        </p>
      </div>

      {chartRows.length > 0 && (
        <figure className="space-y-2">
          <figcaption className="text-sm font-medium text-slate-800">{t("chartTitle")}</figcaption>
          <div
            role="img"
            aria-label={chartRows.map((r) => `${r.name} ${r.max} ${t("wanUnit")}`).join("；")}
          >
            <EstimateChart
              rows={chartRows}
              minLabel={t("chartMin")}
              maxLabel={t("chartMax")}
              unit=""
            />
          </div>
          <p className="text-xs text-slate-500">{t("chartNote")}</p>
        </figure>
      )}

      <section aria-labelledby="results-eligible" className="space-y-4">
        <h3 id="results-eligible" className="text-lg font-semibold text-slate-900">
          {t("eligibleTitle", { count: eligibleCount })}
        </h3>
        {eligibleCount === 0 && <p className="text-sm text-slate-600">{t("noneEligible")}</p>}
        {s.eligible.map((g) => {
          const p = result.totals.byPolicy[g.policy];
          return (
            <div key={g.policy} className="space-y-3">
              <PolicyHeading
                policy={g.policy}
                lang={lang}
                extra={p && p.max > 0 ? amountText(p, lang) : undefined}
              />
              {g.items.map((c) => (
                <ClauseResultCard key={c.id} result={c} lang={lang} />
              ))}
            </div>
          );
        })}
      </section>

      {s.nearMisses.length > 0 && (
        <PanelSection
          id="results-near"
          title={t("nearTitle", { count: s.nearMisses.length })}
          intro={t("nearIntro")}
        >
          <ul className="space-y-3">
            {s.nearMisses.map((c) => (
              <li
                key={c.id}
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
                <div className="mt-2">
                  <ClauseSource id={c.id} lang={lang} />
                </div>
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {s.needsInfo.length > 0 && (
        <PanelSection
          id="results-needs"
          title={t("needsTitle", { count: s.needsInfo.reduce((n, g) => n + g.items.length, 0) })}
          intro={t("needsIntro")}
        >
          {s.needsInfo.map((g) => (
            <div key={g.policy} className="space-y-2">
              <PolicyHeading policy={g.policy} lang={lang} />
              <ul className="space-y-2">
                {g.items.map((c) => (
                  <li
                    key={c.id}
                    data-clause={c.id}
                    data-status={c.status}
                    className="rounded-md border border-slate-200 bg-white p-3"
                  >
                    <p className="text-sm font-medium text-slate-900">
                      <ClauseLabel id={c.id} lang={lang} idClassName="font-normal text-slate-500" />
                    </p>
                    <ul className="mt-1 space-y-1">
                      {c.questions.map((q) => {
                        const label = factLabel(q, lang);
                        return (
                          <li
                            key={q}
                            className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700"
                          >
                            <span>{label}</span>
                            {onAsk && (
                              <button
                                type="button"
                                onClick={() => onAsk(q)}
                                aria-label={t("askLabel", { question: label })}
                                className="rounded text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                              >
                                {t("ask")}
                              </button>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </PanelSection>
      )}

      {s.superseded.length > 0 && (
        <PanelSection
          id="results-superseded"
          title={t("supersededTitle")}
          intro={t("supersededIntro")}
        >
          <ul className="space-y-2">
            {s.superseded.map((c) => (
              <li
                key={c.id}
                data-clause={c.id}
                data-status={c.status}
                className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700"
              >
                <ClauseLabel id={c.id} lang={lang} idClassName="text-slate-500" />
                {c.supersededBy && (
                  <span className="block">
                    {t("supersededBy", {
                      id: c.supersededBy,
                      title: clauseTitle(c.supersededBy, lang),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {s.outOfForce.length > 0 && (
        <PanelSection
          id="results-expired"
          title={t("expiredTitle")}
          intro={t("expiredIntro", { round: roundLabel(result.round)[lang] })}
        >
          {s.outOfForce.map((g) => (
            <div
              key={g.policy}
              className="space-y-2 rounded-md border border-slate-200 bg-white p-3"
            >
              <div className="flex flex-wrap items-center gap-2">
                <PolicyHeading policy={g.policy} lang={lang} />
                <RoundStatusBadge
                  status={g.status === "expired" ? "ended" : "not-yet-effective"}
                  lastRound={lastRoundOf(POLICIES[g.policy].validity)}
                  lang={lang}
                />
              </div>
              <p className="text-xs text-slate-500">
                {t("validity", {
                  from: POLICIES[g.policy].validity.from,
                  to: POLICIES[g.policy].validity.to,
                })}
              </p>
              {g.wouldHave.length > 0 ? (
                <ul className="space-y-1 text-sm text-slate-700">
                  {g.wouldHave.map((c) => (
                    <li key={c.id} data-clause={c.id} data-status={c.status}>
                      <ClauseLabel id={c.id} lang={lang} idClassName="text-slate-500" />
                      {colon(lang)}
                      {t("wouldHave", { amount: amountText(c.amount!, lang) })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t("wouldHaveNone")}</p>
              )}
            </div>
          ))}
        </PanelSection>
      )}

      <PolicyRounds result={result} lang={lang} />

      <p className="text-xs leading-5 text-slate-500">{t("disclaimer")}</p>
    </section>
  );
}
