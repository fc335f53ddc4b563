import Link from "next/link";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { KIND_LABELS } from "@/lib/engine/labels";
import { itemLabel, renderSteps } from "@/lib/engine/render";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult } from "@/lib/engine/types";
import { articleText } from "@/lib/citation";
import { departmentText } from "@/lib/departments";
import { clauseAnchor } from "@/lib/library";
import { findClause } from "@/rules";
import { POLICIES } from "@/rules/policies";
import { colon } from "@/lib/browser/punctuation";
import { sameProps } from "@/lib/browser/same-props";
import { amountText, clauseAmountText, clauseSourceText, clauseTitle } from "./labels";
import { MeaningBadge } from "./meaning-badge";
import { WhatIfButton } from "./near-miss-section";
import { ReadingText } from "@/components/results/reading-text";

const summaryClass =
  "cursor-pointer rounded text-sm font-medium text-brand-700 hover:underline " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** The clause's original wording and where it is written, collapsible. */
export function ClauseSource({ id, lang }: { id: string; lang: Lang }) {
  const t = useTranslations("results");
  const clause = findClause(id);
  if (!clause) return null;
  const policy = POLICIES[clause.policy];
  return (
    <details className="group">
      <summary className={summaryClass}>{t("originalText")}</summary>
      <div className="mt-2 space-y-2">
        <blockquote
          lang="zh-CN"
          className="border-l-4 border-slate-200 pl-3 text-sm leading-7 text-slate-800"
        >
          {clause.text}
        </blockquote>
        <p className="text-xs leading-5 text-slate-600">
          {t("citation", {
            policy: lang === "zh" ? policy.title : `${policy.shortName.en} (${policy.title})`,
            article: articleText(clause.article, lang),
            page: clause.page,
            lead: departmentText(clause.leadDepartment, lang),
          })}
        </p>
        <Link
          href={`/policies/${clause.policy}#${clauseAnchor(id)}`}
          className="inline-block text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
        >
          {t("inLibrary", { policy: policy.shortName[lang] })}
        </Link>
      </div>
    </details>
  );
}

/** The trace: each paid item's stages, then the clause's own (sum, caps, shared caps). */
export function ClauseTrace({ result, lang }: { result: ClauseResult; lang: Lang }) {
  const t = useTranslations("results");
  const items = result.items.filter((it) => it.steps.length > 0 && it.status !== "ineligible");
  if (items.length === 0 && result.steps.length === 0) return null;
  return (
    <div className="rounded-md bg-slate-50 p-3 text-sm leading-6 text-slate-700">
      <p className="font-medium text-slate-800">{t("howComputed")}</p>
      <ul className="mt-1 space-y-1">
        {items.map((it) => (
          <li key={it.key}>
            {it.label && (
              <span className="font-medium text-slate-800">
                {itemLabel(it, lang)}
                {colon(lang)}
              </span>
            )}
            {renderSteps(it.steps, lang)}
          </li>
        ))}
        {result.steps.length > 0 && <li>{renderSteps(result.steps, lang)}</li>}
      </ul>
      {result.readings.length > 0 && (
        <details className="mt-2">
          <summary className={summaryClass}>{t("readings")}</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-xs">
            {result.readings.map((r, i) => (
              <li key={i}>
                <ReadingText text={r[lang]} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * One eligible clause: heading, amount, kind, review, the trace and the original wording.
 * Memoised by content: a keystroke re-renders only the cards whose result changed.
 */
export const ClauseResultCard = memo(function ClauseResultCard({
  result,
  lang,
  onWhatIf,
}: {
  result: ClauseResult;
  lang: Lang;
  /** Offers "如果…会怎样" on clauses computed from a figure. */
  onWhatIf?: (clauseId: string) => void;
}) {
  const t = useTranslations("results");
  const titleId = `r-${result.id.replace(/[^a-z0-9-]/gi, "-")}`;
  const paidItems = result.items.filter((it) => it.status === "eligible" && it.amount && it.label);
  return (
    <article
      aria-labelledby={titleId}
      data-clause={result.id}
      data-status={result.status}
      data-amount={result.amount ? `${result.amount.min}-${result.amount.max}` : undefined}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-xs text-slate-500">{clauseSourceText(result.id, lang)}</span>
          <MeaningBadge
            tone="brand"
            label={KIND_LABELS[result.kind][lang]}
            meaning={t(`kindMeaning.${result.kind}`)}
          />
          {result.requiresReview && (
            <MeaningBadge tone="warning" label={t("review")} meaning={t("reviewMeaning")} />
          )}
        </div>
        <h4 id={titleId} className="text-base font-semibold text-slate-900">
          {clauseTitle(result.id, lang)}
        </h4>
      </header>
      <p className="text-lg font-semibold text-emerald-800">{clauseAmountText(result, lang)}</p>
      {paidItems.length > 1 && (
        <ul className="space-y-0.5 text-sm text-slate-700">
          {paidItems.map((it) => (
            <li key={it.key}>
              {itemLabel(it, lang)}
              {colon(lang)}
              {amountText(it.amount!, lang)}
            </li>
          ))}
        </ul>
      )}
      <ClauseTrace result={result} lang={lang} />
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        {onWhatIf && result.kind === "formula" && (
          <WhatIfButton onClick={() => onWhatIf(result.id)} />
        )}
        <ClauseSource id={result.id} lang={lang} />
      </div>
    </article>
  );
}, sameProps);
