import { jsonOk, staffRoute } from "@/lib/auth/api";
import { discardJob, getBatchJob } from "@/lib/data/batch";

export const dynamic = "force-dynamic";

/** POST /api/staff/batch/<id>/discard — drop a file that was not evaluated. */
export const POST = staffRoute<{ id: string }>(
  async ({ actor, params }) => {
    await discardJob(actor, params.id);
    const { heartbeatAt: _h, ...job } = await getBatchJob(actor, params.id);
    return jsonOk(job);
  },
  { mutation: true },
);
