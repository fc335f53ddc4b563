import { staffRoute } from "@/lib/auth/api";
import { templateCsv } from "@/lib/batch/export";

export const dynamic = "force-dynamic";

/** GET /api/staff/batch/template — the CSV template (Chinese headers, one example row, BOM). */
export const GET = staffRoute(
  async () =>
    new Response(templateCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="batch-template.csv"; filename*=UTF-8''${encodeURIComponent("批量评估模板.csv")}`,
        "Cache-Control": "no-store",
      },
    }),
);
