"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ExcelButton } from "@/components/report/excel-button";
import { PrintButton } from "@/components/report/print-button";
import { Report } from "@/components/report/report";
import { buttonClass } from "@/components/ui/button";
import type { SelfCheckState } from "@/lib/browser/self-check-store";
import { useEvaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";
import { registry } from "@/rules";
import { buildReport } from "@/lib/report/model";
import { reportFileName } from "@/lib/report/file-name";
import { ReportEmpty } from "./report-empty";

/** The report of a saved self-check: evaluated in the browser, with print and Excel buttons. */
export default function ReportBody({ state }: { state: SelfCheckState }) {
  const t = useTranslations("report");
  const lang = useLocale() as Lang;
  const [generatedAt] = useState(() => new Date().toISOString());
  const evaluation = useEvaluation(state.profile, state.round, lang, registry);
  const { profile, result } = evaluation;
  const model = useMemo(
    () =>
      profile && result ? buildReport({ profile, result, lang, printedAt: generatedAt }) : null,
    [profile, result, lang, generatedAt],
  );

  const industries = evaluation.profile?.enterprise.industries ?? [];
  if (!model || industries.length === 0) return <ReportEmpty invalid={!evaluation.parsed.ok} />;

  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton pdf fileName={reportFileName(model, t("title"))} />
        <PrintButton />
        <ExcelButton model={model} fileName={reportFileName(model, t("title"))} />
        <Link href="/check" className={buttonClass({ variant: "secondary" })}>
          {t("back")}
        </Link>
        <p className="w-full text-xs text-slate-600">{t("printHint")}</p>
      </div>
      <Report model={model} />
    </div>
  );
}
