import { useTranslations } from "next-intl";
import type { ReportModel } from "@/lib/report/model";
import { PUNCTUATION } from "@/lib/report/punctuation";
import { PageStyle } from "./page-style";
import { ReportClauseBlock } from "./report-clause";
import { ReportFacts } from "./report-facts";
import { ReportHeader } from "./report-header";
import { ReportNotes } from "./report-notes";
import { ReportSummary } from "./report-summary";

/**
 * The estimate report as a document to act on (A4): header, summary, the eligible clauses with
 * what to prepare and where to apply, near misses and open questions, policy status, the facts
 * used and the disclaimer. The self-check and the staff edition differ only in the header.
 */
export function Report({ model }: { model: ReportModel }) {
  const t = useTranslations("report");
  const title = model.staff ? t("titleStaff") : t("title");
  return (
    <article
      aria-labelledby="report-title"
      className="report space-y-5 rounded-lg border border-slate-200 bg-white p-4 text-slate-900 sm:p-8 print:rounded-none print:border-0 print:p-0 print:text-black"
    >
      <PageStyle
        enterprise={model.enterprise ?? t("noName")}
        title={title}
        pageTemplate={t.raw("pageOf") as string}
      />
      <ReportHeader model={model} title={title} />
      <ReportSummary model={model} />
      <section aria-labelledby="report-clauses" className="space-y-3">
        <h2 id="report-clauses" className="text-lg font-semibold">
          {t("clausesTitle", { count: model.clauses.length })}
        </h2>
        {model.clauses.length === 0 && <p className="text-sm">{t("noClauses")}</p>}
        {model.clauses.map((c, i) => (
          <ReportClauseBlock key={c.key} clause={c} index={i + 1} lang={model.lang} />
        ))}
      </section>
      <ReportNotes model={model} />
      <section aria-labelledby="report-status" className="space-y-2">
        <h2 id="report-status" className="text-lg font-semibold">
          {t("statusTitle")}
        </h2>
        <ul className="space-y-1 text-sm">
          {model.policies.map((p) => (
            <li key={p.policy}>
              <span className="font-medium">{p.policy}</span>
              {PUNCTUATION[model.lang].colon}
              {p.status}
              {p.notes.map((n) => (
                <span key={n} className="block pl-4 text-slate-700">
                  {n}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <ReportFacts model={model} />
      <footer className="break-inside-avoid border-t border-slate-500 pt-3 text-xs leading-5">
        <p className="font-semibold">{t("disclaimerTitle")}</p>
        <p>{t("disclaimer")}</p>
      </footer>
    </article>
  );
}
