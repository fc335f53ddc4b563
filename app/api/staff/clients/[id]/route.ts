import { jsonOk, staffRoute } from "@/lib/auth/api";
import { getClient } from "@/lib/data/clients";
import { listEvaluations } from "@/lib/data/evaluations";

export const dynamic = "force-dynamic";

/** GET /api/staff/clients/<id> — the client, its profile and its evaluations (403 for another centre). */
export const GET = staffRoute<{ id: string }>(async ({ actor, params }) => {
  const client = await getClient(actor, params.id);
  const evaluations = await listEvaluations(actor, params.id);
  return jsonOk({ ...client, evaluations });
});
