import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/session";
import { BATCH_COLUMNS, MAX_BATCH_ROWS } from "@/lib/batch/columns";
import { listBatchJobs } from "@/lib/data/batch";
import { todayInHangzhou } from "@/lib/today";
import { PageTitle, tdClass } from "../../_components/controls";
import { DataTable } from "../../_components/data-table";
import { formatDateTime } from "../../_components/format";
import { BatchStatusBadge } from "./status-badge";
import { UploadForm } from "./upload-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.batch");
  return { title: t("title") };
}

/** /staff/batch: the template, the upload and the centre's recent batch jobs. */
export default async function BatchPage() {
  const { actor } = await requireStaff("/staff/batch");
  const t = await getTranslations("staff.batch");
  const locale = await getLocale();
  const jobs = await listBatchJobs(actor);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-3xl text-sm leading-6 text-slate-700">
        {t("intro", { max: MAX_BATCH_ROWS.toLocaleString("en-US") })}
      </p>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("templateTitle")}</h2>
        <p className="text-sm text-slate-600">
          {t("templateIntro")}{" "}
          {BATCH_COLUMNS.filter((c) => c.required)
            .map((c) => c.header)
            .join("、")}
        </p>
        <div className="flex flex-wrap gap-3">
          <a
            href="/api/staff/batch/template?format=xlsx"
            className={buttonClass({ variant: "secondary" })}
            download
          >
            {t("downloadTemplate")}
          </a>
          <a
            href="/api/staff/batch/template?format=csv"
            className={buttonClass({ variant: "secondary" })}
            download
          >
            {t("downloadTemplateCsv")}
          </a>
        </div>
      </Card>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold text-slate-900">{t("uploadTitle")}</h2>
        <UploadForm today={todayInHangzhou()} />
      </Card>
      <section aria-labelledby="jobs-title" className="space-y-3">
        <h2 id="jobs-title" className="text-lg font-semibold text-slate-900">
          {t("jobsTitle")}
        </h2>
        {jobs.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noJobs")}</p>
        ) : (
          <DataTable columns={[t("fileName"), t("uploadedAt"), t("rows"), t("statusLabel")]}>
            <tbody>
              {jobs.map((j) => {
                const cell = `${tdClass} max-sm:block max-sm:border-0 max-sm:py-0.5`;
                return (
                  <tr
                    key={j.id}
                    className="max-sm:block max-sm:border-b max-sm:border-slate-200 max-sm:py-2"
                  >
                    <td className={`${cell} break-all`}>
                      <Link
                        href={`/staff/batch/${j.id}`}
                        className="font-medium text-brand-700 underline underline-offset-4 hover:no-underline"
                      >
                        {j.fileName}
                      </Link>
                    </td>
                    <td className={cell}>
                      {formatDateTime(j.createdAt, locale)}
                      <span className="block text-xs text-slate-500">{j.createdByName}</span>
                    </td>
                    <td className={cell}>
                      {t("rowCounts", { total: j.totalRows, bad: j.badRows })}
                    </td>
                    <td className={cell}>
                      <BatchStatusBadge status={j.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
