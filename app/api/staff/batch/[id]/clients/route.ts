import { jsonOk, staffRoute } from "@/lib/auth/api";
import { saveBatchRowsAsClients } from "@/lib/data/batch-clients";

export const dynamic = "force-dynamic";

/** POST /api/staff/batch/<id>/clients — keep the file's enterprises as client records. */
export const POST = staffRoute<{ id: string }>(
  async ({ actor, params }) => jsonOk(await saveBatchRowsAsClients(actor, params.id)),
  { mutation: true },
);
