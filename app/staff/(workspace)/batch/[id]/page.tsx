import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { guard, requireStaff } from "@/lib/auth/session";
import { getBatchJob, getBatchProblems } from "@/lib/data/batch";
import { batchResultPreview } from "@/lib/data/batch-preview";
import { tdClass } from "../../../_components/controls";
import { DataTable } from "../../../_components/data-table";
import { formatDateTime } from "../../../_components/format";
import { BatchStatusBadge } from "../status-badge";
import { JobPanel } from "./job-panel";
import { ResultsPreview } from "./results-preview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.batch");
  return { title: t("jobTitle") };
}

const SHOWN_PROBLEMS = 500;

/** A batch job: its validation report, the decision, the progress and the downloads. */
export default async function BatchJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await requireStaff(`/staff/batch/${id}`);
  const { heartbeatAt: _h, ...job } = await guard(getBatchJob(actor, id));
  const problems = await guard(getBatchProblems(actor, id));
  const preview = await guard(batchResultPreview(actor, id));
  const t = await getTranslations("staff.batch");
  const locale = await getLocale();
  const lang = locale === "en" ? "en" : "zh";
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link
            href="/staff/batch"
            className="text-brand-700 underline underline-offset-4 hover:no-underline"
          >
            ← {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold break-all text-slate-900">{job.fileName}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <BatchStatusBadge status={job.status} />
          <span>
            {t("uploadedBy", {
              name: job.createdByName,
              at: formatDateTime(job.createdAt, locale),
            })}
          </span>
          <span>· {t("asOfValue", { asOf: job.asOf })}</span>
        </p>
      </div>
      <Card>
        <dl className="grid grid-cols-3 gap-3 text-center text-sm">
          <div>
            <dt className="text-slate-600">{t("totalRows")}</dt>
            <dd className="text-xl font-semibold" data-testid="batch-total">
              {job.totalRows}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("goodRows")}</dt>
            <dd className="text-xl font-semibold text-emerald-700" data-testid="batch-good">
              {job.goodRows}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("badRows")}</dt>
            <dd className="text-xl font-semibold text-red-700" data-testid="batch-bad">
              {job.badRows}
            </dd>
          </div>
        </dl>
      </Card>
      <JobPanel initial={job} />

      {(problems.fileProblems.length > 0 || problems.problems.length > 0) && (
        <section aria-labelledby="problems-title" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="problems-title" className="text-lg font-semibold text-slate-900">
              {t("problemsTitle")}
            </h2>
            {problems.problems.length > 0 && (
              <a
                href={`/api/staff/batch/${id}/problems`}
                className={buttonClass({ variant: "secondary" })}
                download
              >
                {t("downloadProblems")}
              </a>
            )}
          </div>
          {problems.fileProblems.length > 0 && (
            <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
              {problems.fileProblems.map((p) => (
                <li key={p.zh}>{p[lang]}</li>
              ))}
            </ul>
          )}
          {problems.problems.length > 0 && (
            <DataTable
              caption={t("problemsCaption")}
              columns={[t("sheet"), t("row"), t("column"), t("value"), t("problem")]}
            >
              <tbody>
                {problems.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => {
                  const cell = `${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`;
                  return (
                    <tr
                      key={i}
                      className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
                    >
                      <td className={cell}>{p.sheet ?? t("enterpriseSheet")}</td>
                      <td className={cell}>{t("rowNumber", { row: p.row })}</td>
                      <td className={cell}>{p.column}</td>
                      <td className={`${cell} break-all font-mono text-xs`}>{p.value || "—"}</td>
                      <td className={cell}>{p.message[lang]}</td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )}
          {(problems.problems.length > SHOWN_PROBLEMS || problems.truncated) && (
            <p className="text-sm text-slate-600">{t("moreProblems")}</p>
          )}
        </section>
      )}
      <ResultsPreview rows={preview.rows} total={preview.total} lang={lang} />
    </div>
  );
}
