import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ReportModel } from "@/lib/report/model";

function Field({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="flex gap-2">
      <dt className="shrink-0 text-slate-600">{label}</dt>
      <dd className={mono ? "font-mono text-xs leading-5 break-all" : "font-medium"}>{children}</dd>
    </div>
  );
}

/** Title, enterprise, round (or evaluation date), rules version, print date; the centre on staff reports. */
export function ReportHeader({ model, title }: { model: ReportModel; title: string }) {
  const t = useTranslations("report");
  return (
    <header className="space-y-2 border-b-2 border-slate-900 pb-3">
      <p className="text-sm font-semibold tracking-wide text-slate-700">{title}</p>
      <h1 id="report-title" className="text-2xl font-bold">
        {model.enterprise ?? t("noName")}
      </h1>
      <dl className="grid gap-x-6 gap-y-0.5 text-sm sm:grid-cols-2 print:grid-cols-2">
        {model.creditCode && (
          <Field label={t("creditCode")} mono>
            {model.creditCode}
          </Field>
        )}
        <Field label={t("round")}>{t("roundValue", model.round)}</Field>
        <Field label={t("printedAt")}>{model.printedAt}</Field>
        <Field label={t("rulesVersion")} mono>
          {model.rulesVersion}
        </Field>
        <Field label={t("policies")}>{model.industries}</Field>
        <Field label={t("roles")}>{model.roles}</Field>
        {model.staff && (
          <>
            <Field label={t("centre")}>{model.staff.centre}</Field>
            <Field label={t("member")}>{model.staff.member}</Field>
            <Field label={t("contact")}>{model.staff.contact}</Field>
          </>
        )}
      </dl>
    </header>
  );
}
