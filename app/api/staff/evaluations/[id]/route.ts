import { jsonOk, staffRoute } from "@/lib/auth/api";
import { getEvaluation, recordEvaluationExport } from "@/lib/data/evaluations";

export const dynamic = "force-dynamic";

/** GET /api/staff/evaluations/<id> — a saved evaluation as a JSON download (logged as an export). */
export const GET = staffRoute<{ id: string }>(async ({ actor, params }) => {
  const e = await getEvaluation(actor, params.id);
  await recordEvaluationExport(actor, e, "json");
  return jsonOk(
    {
      id: e.id,
      client: { id: e.clientId, name: e.clientName, creditCode: e.clientCreditCode },
      asOf: e.asOf,
      rulesVersion: e.rulesVersion,
      savedAt: e.createdAt.toISOString(),
      savedBy: e.createdByName,
      profile: e.profile,
      result: e.result,
    },
    { headers: { "Content-Disposition": `attachment; filename="evaluation-${e.id}.json"` } },
  );
});
