import { useTranslations } from "next-intl";
import { ClauseLabel } from "@/components/results/clause-label";
import { amountText, clauseAmountText, clauseTitle, factLabel } from "@/components/results/labels";
import { clauseSep, listSep } from "@/lib/client/punctuation";
import { resultSections } from "@/components/results/sections";
import { formatYuan } from "@/lib/engine/format";
import { BENEFICIARY_LABELS, KIND_LABELS, POLICY_STATUS_LABELS } from "@/lib/engine/labels";
import { renderGap, renderSteps } from "@/lib/engine/render";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/engine/text";
import type { Amount, ClauseResult, EvaluationResult } from "@/lib/engine/types";
import type { Profile } from "@/lib/profile/schema";
import { findClause } from "@/rules";
import { PolicyRounds } from "@/components/results/policy-rounds";
import { endedLabel, lastRoundOf, roundLabel } from "@/lib/engine/round";
import { POLICIES } from "@/rules/policies";

export type ReportProps = {
  readonly profile: Profile;
  readonly result: EvaluationResult;
  readonly lang: Lang;
  /** When the report was made, ISO 8601; shown in Hangzhou time. */
  readonly generatedAt: string;
};

function generatedText(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
}

const totalText = (a: Amount, lang: Lang) =>
  a.max === 0 && a.min === 0 ? formatYuan(0, lang) : amountText(a, lang);

/* Below 640 px the table's rows stack, so a phone needs no sideways scrolling; print is wider. */
const table = "w-full border-collapse text-left text-sm break-inside-auto max-sm:block";
const th = "border-b-2 border-slate-300 px-2 py-1.5 align-bottom font-semibold text-slate-800";
const td =
  "border-b border-slate-200 px-2 py-1.5 align-top max-sm:block max-sm:border-0 max-sm:px-0 max-sm:py-0.5";
const tr = "max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2 break-inside-avoid";

function Field({
  label,
  wide,
  valueClassName,
  children,
}: {
  label: string;
  wide?: boolean;
  valueClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={wide ? "flex gap-2 sm:col-span-2" : "flex gap-2"}>
      <dt className="shrink-0 text-slate-600">{label}</dt>
      <dd className={valueClassName}>{children}</dd>
    </div>
  );
}

/** A footer row: a label across three columns, then the amount. */
function TotalRow({ label, amount, bold }: { label: string; amount: string; bold?: boolean }) {
  return (
    <tr className={bold ? `${tr} font-bold` : tr}>
      <td className={td} colSpan={3}>
        {label}
      </td>
      <td className={`${td} text-right whitespace-nowrap max-sm:text-left`}>{amount}</td>
    </tr>
  );
}

/** A clause that is listed with one line of explanation below it. */
function ClauseNote({ id, note, lang }: { id: string; note: string; lang: Lang }) {
  return (
    <li className="break-inside-avoid" data-clause={id}>
      <ClauseLabel id={id} lang={lang} titleClassName="font-medium" />
      <span className="block text-slate-700">{note}</span>
    </li>
  );
}

/** A titled part of the report that may break across printed pages. */
function ReportSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2 break-inside-auto">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Citation({ c, lang }: { c: ClauseResult; lang: Lang }) {
  const t = useTranslations("report");
  const clause = findClause(c.id);
  return (
    <>
      {POLICIES[c.policy].shortName[lang]}
      {clause && (
        <>
          {" · "}
          {t("articlePage", { article: clause.article, page: clause.page })}
          <span className="block text-xs text-slate-500">
            {t("lead", { lead: clause.leadDepartment })}
          </span>
        </>
      )}
    </>
  );
}

/**
 * The printable self-check report (A4): who, when, with which rules; the eligible clauses with
 * amounts and citations, totals, near misses, open questions and the disclaimer.
 */
export function Report({ profile, result, lang, generatedAt }: ReportProps) {
  const t = useTranslations("report");
  const s = resultSections(result);
  const eligible = s.eligible.flatMap((g) => g.items);
  const total = result.totals.overall;
  const name = profile.enterprise.name?.trim();
  const chosen = profile.enterprise.industries;
  return (
    <article
      aria-labelledby="report-title"
      className="report space-y-6 rounded-lg border border-slate-200 bg-white p-4 text-slate-900 sm:p-8 print:rounded-none print:border-0 print:p-0"
    >
      <header className="space-y-3 border-b-2 border-slate-800 pb-4">
        <p className="text-sm font-medium text-slate-600">{t("kicker")}</p>
        <h1 id="report-title" className="text-2xl font-bold">
          {name || t("noName")}
        </h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <Field label={t("round")} valueClassName="font-medium">
            {roundLabel(result.round)[lang]}
          </Field>
          <Field label={t("generatedAt")}>{generatedText(generatedAt, lang)}</Field>
          <Field label={t("rulesVersion")} valueClassName="font-mono text-xs leading-5 break-all">
            {result.rulesVersion}
          </Field>
          {profile.enterprise.creditCode && (
            <Field label={t("creditCode")} valueClassName="font-mono text-xs leading-5">
              {profile.enterprise.creditCode}
            </Field>
          )}
          <Field label={t("policies")} wide>
            {(chosen.length ? chosen : result.policies.map((p) => p.key))
              .map((k) => POLICIES[k].shortName[lang])
              .join(listSep(lang))}
          </Field>
          <Field label={t("roles")} wide>
            {profile.enterprise.roles.map((r) => BENEFICIARY_LABELS[r][lang]).join(listSep(lang))}
          </Field>
        </dl>
      </header>

      <section aria-labelledby="report-total" className="space-y-2">
        <h2 id="report-total" className="text-lg font-semibold">
          {t("totalTitle")}
        </h2>
        <p className="text-xl font-bold" data-testid="report-total">
          {totalText(total, lang)}
        </p>
        <p className="text-sm text-slate-700">{t("totalNote", { count: eligible.length })}</p>
      </section>

      <ReportSection id="report-clauses" title={t("clausesTitle", { count: eligible.length })}>
        {eligible.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noClauses")}</p>
        ) : (
          <table className={table}>
            <thead className="max-sm:sr-only">
              <tr>
                <th scope="col" className={`${th} w-28`}>
                  {t("colId")}
                </th>
                <th scope="col" className={th}>
                  {t("colClause")}
                </th>
                <th scope="col" className={`${th} w-40`}>
                  {t("colSource")}
                </th>
                <th scope="col" className={`${th} w-36 text-right`}>
                  {t("colAmount")}
                </th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {eligible.map((c) => {
                const steps = [
                  ...c.items.flatMap((it) => (it.status === "eligible" ? it.steps : [])),
                  ...c.steps,
                ];
                return (
                  <tr key={c.id} className={tr} data-clause={c.id}>
                    <td className={`${td} font-mono text-xs`}>{c.id}</td>
                    <td className={td}>
                      <span className="font-medium">{clauseTitle(c.id, lang)}</span>
                      <span className="ml-1 text-xs text-slate-600">
                        [{KIND_LABELS[c.kind][lang]}
                        {c.requiresReview ? ` · ${t("review")}` : ""}]
                      </span>
                      {steps.length > 0 && (
                        <span className="mt-0.5 block text-xs leading-5 text-slate-600">
                          {renderSteps(steps, lang)}
                        </span>
                      )}
                    </td>
                    <td className={`${td} text-xs leading-5`}>
                      <Citation c={c} lang={lang} />
                    </td>
                    <td
                      className={`${td} text-right font-medium whitespace-nowrap max-sm:text-left`}
                    >
                      {clauseAmountText(c, lang)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot className="max-sm:block">
              {s.eligible.map((g) => {
                const p = result.totals.byPolicy[g.policy];
                return (
                  <TotalRow
                    key={g.policy}
                    label={t("subtotal", { policy: POLICIES[g.policy].shortName[lang] })}
                    amount={p ? totalText(p, lang) : "—"}
                  />
                );
              })}
              <TotalRow label={t("total")} amount={totalText(total, lang)} bold />
            </tfoot>
          </table>
        )}
      </ReportSection>

      {s.nearMisses.length > 0 && (
        <ReportSection id="report-near" title={t("nearTitle")}>
          <ul className="space-y-1.5 text-sm">
            {s.nearMisses.map((c) => (
              <ClauseNote
                key={c.id}
                id={c.id}
                lang={lang}
                note={c.nearMisses.map((m) => renderGap(m, lang)).join(clauseSep(lang))}
              />
            ))}
          </ul>
        </ReportSection>
      )}

      {s.needsInfo.length > 0 && (
        <ReportSection id="report-needs" title={t("needsTitle")}>
          <ul className="space-y-1.5 text-sm">
            {s.needsInfo.flatMap((g) =>
              g.items.map((c) => (
                <ClauseNote
                  key={c.id}
                  id={c.id}
                  lang={lang}
                  note={t("questions", {
                    list: c.questions.map((q) => factLabel(q, lang)).join(clauseSep(lang)),
                  })}
                />
              )),
            )}
          </ul>
        </ReportSection>
      )}

      {s.superseded.length > 0 && (
        <ReportSection id="report-superseded" title={t("supersededTitle")}>
          <ul className="space-y-1 text-sm">
            {s.superseded.map((c) => (
              <li key={c.id} data-clause={c.id}>
                <ClauseLabel id={c.id} lang={lang} />
                {c.supersededBy && ` → ${c.supersededBy} ${clauseTitle(c.supersededBy, lang)}`}
              </li>
            ))}
          </ul>
        </ReportSection>
      )}

      {s.outOfForce.length > 0 && (
        <ReportSection id="report-expired" title={t("expiredTitle")}>
          <ul className="space-y-1 text-sm">
            {s.outOfForce.map((g) => (
              <li key={g.policy}>
                {t("outOfForce", {
                  policy: POLICIES[g.policy].shortName[lang],
                  status:
                    g.status === "expired"
                      ? endedLabel(lastRoundOf(POLICIES[g.policy].validity))[lang]
                      : POLICY_STATUS_LABELS[g.status][lang],
                  from: POLICIES[g.policy].validity.from,
                  to: POLICIES[g.policy].validity.to,
                })}
                {g.wouldHave.length > 0 && (
                  <span className="block text-slate-700">
                    {g.wouldHave
                      .map((c) => `${c.id} ${amountText(c.amount!, lang)}`)
                      .join(clauseSep(lang))}
                  </span>
                )}

                <PolicyRounds result={result} lang={lang} />
              </li>
            ))}
          </ul>
        </ReportSection>
      )}

      <footer className="border-t border-slate-300 pt-3 text-xs leading-5 text-slate-700">
        <p className="font-medium">{t("disclaimerTitle")}</p>
        <p>{t("disclaimer")}</p>
      </footer>
    </article>
  );
}
