import { staffRoute } from "@/lib/auth/api";
import { problemsCsv } from "@/lib/batch/export";
import { getBatchProblems } from "@/lib/data/batch";

export const dynamic = "force-dynamic";

/** GET /api/staff/batch/<id>/problems — the validation report as CSV (row, column, value, problem). */
export const GET = staffRoute<{ id: string }>(async ({ actor, params }) => {
  const { problems, fileProblems } = await getBatchProblems(actor, params.id);
  return new Response(problemsCsv(problems, fileProblems), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="batch-problems.csv"; filename*=UTF-8''${encodeURIComponent("校验报告.csv")}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
