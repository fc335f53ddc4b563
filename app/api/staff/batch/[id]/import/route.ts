import { jsonOk, staffRoute } from "@/lib/auth/api";
import { getBatchJob, importGoodRows } from "@/lib/data/batch";

export const dynamic = "force-dynamic";

/** POST /api/staff/batch/<id>/import — go on with the good rows of a file that had bad ones. */
export const POST = staffRoute<{ id: string }>(
  async ({ actor, params }) => {
    await importGoodRows(actor, params.id);
    const { heartbeatAt: _h, ...job } = await getBatchJob(actor, params.id);
    return jsonOk(job);
  },
  { mutation: true },
);
