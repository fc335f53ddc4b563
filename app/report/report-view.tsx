"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ExcelButton } from "@/components/report/excel-button";
import { PrintButton } from "@/components/report/print-button";
import { Report } from "@/components/report/report";
import { buttonClass } from "@/components/ui/button";
import { emptyProfile, useSelfCheck } from "@/lib/browser/self-check-store";
import { useEvaluation } from "@/lib/browser/use-evaluation";
import type { Lang } from "@/lib/engine/text";
import { buildReport } from "@/lib/report/model";
import { reportFileName } from "@/lib/report/file-name";
import { currentRound } from "@/lib/rounds";

const EMPTY = emptyProfile();

/** The report of the self-check kept in this browser, with a print button. */
export function ReportView() {
  const t = useTranslations("report");
  const lang = useLocale() as Lang;
  const [state] = useSelfCheck();
  const [generatedAt] = useState(() => new Date().toISOString());
  const evaluation = useEvaluation(
    state?.profile ?? EMPTY,
    state?.round ?? currentRound().year,
    lang,
  );
  const { profile, result } = evaluation;
  const model = useMemo(
    () =>
      profile && result ? buildReport({ profile, result, lang, printedAt: generatedAt }) : null,
    [profile, result, lang, generatedAt],
  );

  if (!state)
    return (
      <p className="text-sm text-slate-600" role="status">
        {t("loading")}
      </p>
    );

  const industries = evaluation.profile?.enterprise.industries ?? [];
  if (!model || industries.length === 0)
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-700">{evaluation.parsed.ok ? t("empty") : t("invalid")}</p>
        <Link href="/check" className={buttonClass()}>
          {t("back")}
        </Link>
      </div>
    );

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
