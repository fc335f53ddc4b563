import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";
import { Report } from "@/components/report/report";
import { buttonClass } from "@/components/ui/button";
import { recordEvaluationExport } from "@/lib/data/evaluations";
import type { Lang } from "@/lib/engine/text";
import { reportFileName } from "@/lib/report/file-name";
import { loadEvaluation } from "../load";
import { staffReportModel } from "../report-model";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.evaluation");
  return { title: t("printTitle") };
}

/** The staff edition of a saved evaluation's report (opening it is logged as printed). */
export default async function PrintEvaluationPage({
  params,
}: {
  params: Promise<{ id: string; evaluationId: string }>;
}) {
  const { actor, evaluation: e, clientId } = await loadEvaluation(params, "/print");
  await recordEvaluationExport(actor, e, "print");
  const t = await getTranslations("staff.evaluation");
  const r = await getTranslations("report");
  const lang: Lang = (await getLocale()) === "en" ? "en" : "zh";
  const model = staffReportModel(actor, e, lang);
  const base = `/staff/clients/${clientId}/evaluations/${e.id}`;
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton pdf fileName={reportFileName(model, r("titleStaff"))} />
        <PrintButton />
        <a href={`${base}/excel`} className={buttonClass({ variant: "secondary" })} download>
          {r("exportExcel")}
        </a>
        <Link href={base} className={buttonClass({ variant: "secondary" })}>
          {t("backToEvaluation")}
        </Link>
        <p className="w-full text-xs text-slate-600">{r("printHint")}</p>
      </div>
      <Report model={model} />
    </div>
  );
}
