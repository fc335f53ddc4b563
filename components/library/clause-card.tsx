import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { articleText, clauseCitation } from "@/lib/citation";
import { describeParam } from "@/lib/engine/describe";
import { formatYuan } from "@/lib/engine/format";
import { BENEFICIARY_LABELS, KIND_LABELS } from "@/lib/engine/labels";
import type { AnyClause, Param } from "@/lib/engine/types";
import type { Lang } from "@/lib/engine/text";
import { departmentText } from "@/lib/departments";
import { clauseAnchor } from "@/lib/library";
import { clauseHeading } from "@/rules";
import { ReadingText } from "@/components/results/reading-text";

/** One clause as the library shows it: citation, amount rule, needs, readings, original text. */
export async function ClauseCard({ clause, lang }: { clause: AnyClause; lang: Lang }) {
  const t = await getTranslations("library");
  const params = Object.values(clause.params as Record<string, Param>);
  return (
    <article
      id={clauseAnchor(clause.id)}
      aria-labelledby={`${clauseAnchor(clause.id)}-title`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="text-xs text-slate-500">{clauseCitation(clause, lang)}</span>
        <Badge tone="brand">{KIND_LABELS[clause.kind][lang]}</Badge>
        {clause.requiresReview && <Badge tone="warning">{t("review")}</Badge>}
        <Badge>{t("beneficiary", { who: BENEFICIARY_LABELS[clause.beneficiary][lang] })}</Badge>
      </header>
      <h3
        id={`${clauseAnchor(clause.id)}-title`}
        className="mt-2 text-base font-semibold text-slate-900"
      >
        {lang === "zh" ? clause.article : articleText(clause.article, lang)}{" "}
        {clauseHeading(clause, lang)}
      </h3>
      <p className="mt-1 text-sm leading-6 text-slate-700">{clause.summary[lang]}</p>
      <p className="mt-1 text-xs text-slate-500">
        {t("lead", { lead: departmentText(clause.leadDepartment, lang) })}
      </p>
      {clause.validity && (
        <p className="mt-1 text-xs text-slate-500">
          {t("ownValidity", { from: clause.validity.from ?? "—", to: clause.validity.to ?? "—" })}
        </p>
      )}
      <dl className="mt-3 space-y-2 text-sm">
        <div>
          <dt className="font-medium text-slate-800">{t("amountRule")}</dt>
          <dd className="text-slate-700">
            {params.length ? (
              <ul className="list-disc pl-5">
                {params.map((p, i) => (
                  <li key={i}>{describeParam(p, lang)}</li>
                ))}
                {clause.clauseCap && (
                  <li>
                    {t("clauseCap", {
                      cap: `${clause.clauseCap.label[lang]} ${formatYuan(clause.clauseCap.amount, lang)}`,
                    })}
                  </li>
                )}
              </ul>
            ) : (
              t("noParams")
            )}
            {clause.exclusiveGroup && (
              <p className="mt-1 text-xs text-slate-600">{t("exclusive")}</p>
            )}
          </dd>
        </div>
        {clause.needs && (
          <div>
            <dt className="font-medium text-slate-800">{t("needs")}</dt>
            <dd className="text-slate-700">{clause.needs[lang]}</dd>
          </div>
        )}
        {clause.readings && clause.readings.length > 0 && (
          <div>
            <dt className="font-medium text-slate-800">{t("readings")}</dt>
            <dd className="text-slate-700">
              <ul className="list-disc pl-5">
                {clause.readings.map((r, i) => (
                  <li key={i}>
                    <ReadingText text={r[lang]} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          {t("originalText")}
        </summary>
        <blockquote
          lang="zh-CN"
          className="mt-2 border-l-4 border-slate-200 pl-3 text-sm leading-7 text-slate-800"
        >
          {clause.text}
        </blockquote>
      </details>
    </article>
  );
}
