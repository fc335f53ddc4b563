import { useTranslations } from "next-intl";
import { amountText, formatWan, formatYuan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Amount } from "@/lib/engine/types";
import type { MissingFact } from "@/lib/report/missing-facts";
import type { PolicyTotals, ReportModel } from "@/lib/report/model";
import { PUNCTUATION } from "@/lib/report/punctuation";

/**
 * An amount in a summary cell: "0 元" rather than "最高 0 元". A figure keeps its unit on its line
 * ("CNY 22,660,000"), so a range may wrap only between its two ends and the table fits A4.
 */
export const cellText = (a: Amount, lang: Lang) =>
  (a.max === 0 ? formatYuan(0, lang) : amountText(a, lang)).replace(
    /(?<=CNY) (?=\d)|(?<=\d) (?=元)/g,
    "\u00a0",
  );

const th = "border-b-2 border-slate-700 px-1.5 py-1 text-right font-semibold first:text-left";
const td = "border-b border-slate-300 px-1.5 py-1 text-right tabular-nums first:text-left";

function Row({
  row,
  label,
  lang,
  bold,
}: {
  row: PolicyTotals;
  label: string;
  lang: Lang;
  bold?: boolean;
}) {
  return (
    <tr className={bold ? "font-bold" : undefined}>
      <td className={td}>{label}</td>
      <td className={td}>{row.clauses}</td>
      <td className={td}>{cellText(row.fixed, lang)}</td>
      <td className={td}>{cellText(row.upTo, lang)}</td>
      <td className={td}>{cellText(row.toWin, lang)}</td>
      <td className={td}>{cellText(row.overall, lang)}</td>
    </tr>
  );
}

/** "补充“…”可确定 3 条条款，最高约 1,200 万元". */
export function MissingLine({ fact, lang }: { fact: MissingFact; lang: Lang }) {
  const t = useTranslations("report");
  return fact.ceiling !== null
    ? t("missingLine", {
        fact: fact.label,
        count: fact.clauses,
        amount: formatWan(fact.ceiling, lang),
      })
    : t("missingLineNoAmount", { fact: fact.label, count: fact.clauses });
}

/** The totals split into fixed, up-to and to-win per policy, and the facts most worth adding. */
export function ReportSummary({ model }: { model: ReportModel }) {
  const t = useTranslations("report");
  const { lang, totals } = model;
  return (
    <section aria-labelledby="report-summary" className="space-y-2">
      <h2 id="report-summary" className="text-lg font-semibold">
        {t("summaryTitle")}
      </h2>
      <p className="text-sm">
        {t("headline")}
        {PUNCTUATION[lang].colon}
        <strong className="text-lg" data-testid="report-total">
          {cellText(totals.overall, lang)}
        </strong>
      </p>
      {totals.toWin.max > 0 && (
        <p className="text-sm text-slate-700">
          {t("headlineNote", { toWin: cellText(totals.toWin, lang) })}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm print:text-xs">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t("colPolicy")}
              </th>
              <th scope="col" className={th}>
                {t("colCount")}
              </th>
              <th scope="col" className={th}>
                {t("colFixed")}
              </th>
              <th scope="col" className={th}>
                {t("colUpTo")}
              </th>
              <th scope="col" className={th}>
                {t("colToWin")}
              </th>
              <th scope="col" className={th}>
                {t("colSubtotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.byPolicy.map((p) => (
              <Row key={p.policyName} row={p} label={p.policyName} lang={lang} />
            ))}
            {model.byPolicy.length !== 1 && (
              <Row row={totals} label={t("total")} lang={lang} bold />
            )}
          </tbody>
        </table>
      </div>
      {model.needsInfoCount > 0 && (
        <div className="text-sm">
          <h3 className="font-semibold">{t("missingTitle", { count: model.needsInfoCount })}</h3>
          <ul className="list-disc pl-5">
            {model.missing.slice(0, 5).map((f) => (
              <li key={f.label}>
                <MissingLine fact={f} lang={lang} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
