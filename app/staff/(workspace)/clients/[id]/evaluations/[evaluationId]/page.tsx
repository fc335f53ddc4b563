import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ResultsPanel } from "@/components/results/results-panel";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { Lang } from "@/lib/engine/text";
import { registry } from "@/rules";
import { formatDateTime } from "../../../../../_components/format";
import { loadEvaluation } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.evaluation");
  return { title: t("title") };
}

/** A saved evaluation as it was computed: the results, with links to compare and print. */
export default async function EvaluationPage({
  params,
}: {
  params: Promise<{ id: string; evaluationId: string }>;
}) {
  const { evaluation: e, clientId } = await loadEvaluation(params);
  const t = await getTranslations("staff.evaluation");
  const locale = await getLocale();
  const lang: Lang = locale === "en" ? "en" : "zh";
  const base = `/staff/clients/${clientId}/evaluations/${e.id}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link
            href={`/staff/clients/${clientId}`}
            className="text-brand-700 underline underline-offset-4 hover:no-underline"
          >
            ← {e.clientName}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">
          {t("heading", { name: e.clientName })}
        </h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <div className="flex gap-1">
            <dt>{t("asOf")}</dt>
            <dd className="font-medium">{e.asOf}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("savedAt")}</dt>
            <dd>
              {formatDateTime(e.createdAt, locale)} · {e.createdByName}
            </dd>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <dt>{t("rules")}</dt>
            <dd className="font-mono text-xs">{e.rulesVersion}</dd>
            {e.rulesVersion !== registry.version && <Badge tone="warning">{t("rulesOlder")}</Badge>}
          </div>
        </dl>
        <div className="flex flex-wrap gap-2 pt-2">
          <Link href={`${base}/compare`} className={buttonClass()}>
            {t("compare")}
          </Link>
          <Link href={`${base}/print`} className={buttonClass({ variant: "secondary" })}>
            {t("print")}
          </Link>
          <a
            href={`/api/staff/evaluations/${e.id}`}
            className={buttonClass({ variant: "ghost" })}
            download
          >
            {t("downloadJson")}
          </a>
        </div>
      </div>
      <ResultsPanel result={e.result} lang={lang} headingId="saved-results" />
    </div>
  );
}
