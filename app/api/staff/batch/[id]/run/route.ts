import { after } from "next/server";
import { jsonOk, staffRoute } from "@/lib/auth/api";
import { getBatchJob, queueJob } from "@/lib/data/batch";
import { runBatchJob } from "@/lib/data/batch-runner";

export const dynamic = "force-dynamic";

/** POST /api/staff/batch/<id>/run — evaluate the imported rows; progress via GET …/<id>. */
export const POST = staffRoute<{ id: string }>(
  async ({ actor, params }) => {
    await queueJob(actor, params.id);
    after(() => runBatchJob(params.id));
    const { heartbeatAt: _h, ...job } = await getBatchJob(actor, params.id);
    return jsonOk(job, { status: 202 });
  },
  { mutation: true },
);
