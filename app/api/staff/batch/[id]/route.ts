import { after } from "next/server";
import { jsonOk, staffRoute } from "@/lib/auth/api";
import { getBatchJob } from "@/lib/data/batch";
import { needsWorker, runBatchJob } from "@/lib/data/batch-runner";

export const dynamic = "force-dynamic";

/**
 * GET /api/staff/batch/<id> — the job's status and progress, read from the database (any
 * instance can answer). A queued job nobody runs, or a running one whose worker went quiet, is
 * (re)started here.
 */
export const GET = staffRoute<{ id: string }>(async ({ actor, params }) => {
  const job = await getBatchJob(actor, params.id);
  if (needsWorker(job, new Date())) after(() => runBatchJob(job.id));
  const { heartbeatAt: _heartbeat, ...view } = job;
  return jsonOk(view);
});
