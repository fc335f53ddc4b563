import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/report/print-button";
import { Report } from "@/components/report/report";
import { buttonClass } from "@/components/ui/button";
import { recordEvaluationExport } from "@/lib/data/evaluations";
import type { Lang } from "@/lib/engine/text";
import { loadEvaluation } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.evaluation");
  return { title: t("printTitle") };
}

/** The self-check's printable report of a saved evaluation (opening it is logged as an export). */
export default async function PrintEvaluationPage({
  params,
}: {
  params: Promise<{ id: string; evaluationId: string }>;
}) {
  const { actor, evaluation: e, clientId } = await loadEvaluation(params, "/print");
  await recordEvaluationExport(actor, e, "print");
  const t = await getTranslations("staff.evaluation");
  const locale = await getLocale();
  const lang: Lang = locale === "en" ? "en" : "zh";
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton />
        <Link
          href={`/staff/clients/${clientId}/evaluations/${e.id}`}
          className={buttonClass({ variant: "secondary" })}
        >
          {t("backToEvaluation")}
        </Link>
      </div>
      <Report
        profile={e.profile}
        result={e.result}
        lang={lang}
        generatedAt={e.createdAt.toISOString()}
      />
    </div>
  );
}
