import { staffRoute } from "@/lib/auth/api";
import { templateCsv } from "@/lib/batch/export";
import { templateXlsx } from "@/lib/batch/template";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const disposition = (ext: string, name: string) =>
  `attachment; filename="batch-template.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * GET /api/staff/batch/template[?format=xlsx|csv] — the workbook template (an enterprise sheet,
 * one sheet per list of items, drop-downs, a 说明 sheet; the default), or the enterprise sheet
 * alone as CSV (Chinese headers, the example enterprises, BOM).
 */
export const GET = staffRoute(async ({ request }) => {
  const format = new URL(request.url).searchParams.get("format");
  if (format === "csv")
    return new Response(templateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": disposition("csv", "批量评估模板（企业表）.csv"),
        "Cache-Control": "no-store",
      },
    });
  const body = await templateXlsx();
  return new Response(body as unknown as BodyInit, {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": disposition("xlsx", "批量评估模板.xlsx"),
      "Cache-Control": "no-store",
    },
  });
});
