import { jsonError, staffRoute } from "@/lib/auth/api";
import { resultsCsv, resultsXlsx } from "@/lib/batch/export";
import { batchExportRows } from "@/lib/data/batch";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function disposition(base: string, ext: string): string {
  const name = `${base.replace(/\.(csv|xlsx)$/i, "")}-结果.${ext}`;
  return `attachment; filename="batch-results.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** GET /api/staff/batch/<id>/results?format=csv|xlsx — the results of a finished job. */
export const GET = staffRoute<{ id: string }>(async ({ actor, params, request }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx")
    return jsonError(400, "invalid", "format must be csv or xlsx.");
  const { job, rows } = await batchExportRows(actor, params.id, format);
  if (format === "csv")
    return new Response(resultsCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": disposition(job.fileName, "csv"),
        "Cache-Control": "no-store",
      },
    });
  const body = await resultsXlsx(rows);
  return new Response(body as unknown as BodyInit, {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": disposition(job.fileName, "xlsx"),
      "Cache-Control": "no-store",
    },
  });
});
