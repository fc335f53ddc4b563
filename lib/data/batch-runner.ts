import "server-only";
import { randomUUID } from "node:crypto";
import { storeClauses, summarise } from "@/lib/batch/summary";
import { evaluate } from "@/lib/engine/evaluate";
import { loadStoredProfile } from "@/lib/profile/load";
import { profileSchema } from "@/lib/profile/schema";
import { roundOn } from "@/lib/rounds";
import { registry } from "@/rules";
import { BATCH_TRANSITIONS } from "./batch-status";
import type { BatchJobView } from "./batch";
import { db } from "./db";
import { transaction } from "./transaction";

/**
 * The batch runner: claims a queued job under a lease, evaluates it chunk by chunk and writes the
 * results, so that a job interrupted on one instance resumes on another.
 */

/** Rows evaluated per transaction; progress is written after each chunk. */
export const CHUNK_ROWS = 500;
/** A running job whose instance has not reported for this long may be resumed by another. */
export const STALE_LEASE_MS = 60_000;

/** Takes the job for this worker if it is queued or its runner has gone quiet. */
async function claim(id: string, workerId: string, now: Date): Promise<boolean> {
  const client = await db();
  const stale = new Date(now.getTime() - STALE_LEASE_MS);
  const result = await client.batchJob.updateMany({
    where: {
      id,
      OR: [{ status: "queued" }, { status: "running", heartbeatAt: { lt: stale } }],
    },
    data: { status: BATCH_TRANSITIONS.claim.to, workerId, heartbeatAt: now },
  });
  if (result.count === 1)
    await client.batchJob.updateMany({
      where: { id, startedAt: null },
      data: { startedAt: now },
    });
  return result.count === 1;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Evaluates a queued job in chunks, writing results and progress after each chunk so that any
 * instance can report it; resumes after the last finished chunk when it takes over a stale job.
 * Returns false if another worker holds the job.
 */
export async function runBatchJob(
  id: string,
  options: { workerId?: string; chunkRows?: number; now?: () => Date } = {},
): Promise<boolean> {
  const workerId = options.workerId ?? randomUUID();
  const now = options.now ?? (() => new Date());
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  if (!(await claim(id, workerId, now()))) return false;
  const client = await db();
  try {
    const job = await client.batchJob.findUniqueOrThrow({ where: { id } });
    const last = await client.batchResult.findFirst({
      where: { jobId: id },
      orderBy: { rowNumber: "desc" },
      select: { rowNumber: true },
    });
    let after = last?.rowNumber ?? 0;
    for (;;) {
      const rows = await client.batchRow.findMany({
        where: { jobId: id, rowNumber: { gt: after } },
        orderBy: { rowNumber: "asc" },
        take: chunkRows,
        select: { rowNumber: true, profileJson: true },
      });
      if (rows.length === 0) break;
      const round = roundOn(job.asOf);
      const results = rows.map((r) => {
        const loaded = loadStoredProfile(JSON.parse(r.profileJson), round.eventYear);
        // Rows stored by an older version may hold keys it no longer knows: those are dropped.
        const profile = loaded.ok ? loaded.profile : profileSchema.parse(JSON.parse(r.profileJson));
        const s = summarise(evaluate(registry, profile, round), profile);
        return {
          jobId: id,
          rowNumber: r.rowNumber,
          totalMin: BigInt(s.totalMin),
          totalMax: BigInt(s.totalMax),
          eligibleCount: s.eligibleCount,
          needsInfo: s.needsInfo,
          byPolicyJson: JSON.stringify(s.byPolicy),
          clausesJson: storeClauses(s),
        };
      });
      const stillOurs = await transaction(client, async (tx) => {
        const lease = await tx.batchJob.updateMany({
          where: { id, workerId, status: "running" },
          data: { heartbeatAt: now(), processedRows: { increment: rows.length } },
        });
        if (lease.count === 0) return false;
        await tx.batchResult.createMany({ data: results });
        return true;
      });
      if (!stillOurs) return false;
      after = rows[rows.length - 1]!.rowNumber;
      await yieldToEventLoop();
    }
    await client.batchJob.updateMany({
      where: { id, workerId },
      data: { status: BATCH_TRANSITIONS.finish.to, finishedAt: now(), heartbeatAt: now() },
    });
    return true;
  } catch (error) {
    console.error(`[batch] job ${id} failed:`, error);
    await client.batchJob.updateMany({
      where: { id, workerId },
      data: { status: BATCH_TRANSITIONS.fail.to, error: "evaluation failed", finishedAt: now() },
    });
    return true;
  }
}

/**
 * Runs every job that nobody is working on: queued ones, and running ones whose instance went
 * quiet (crashed or restarted). Called when a server starts and every STALE_LEASE_MS after
 * (instrumentation.ts), so an interrupted job resumes without anyone opening it. Each job is
 * claimed atomically, so several workers calling this at once run each job once.
 */
export async function resumeInterruptedJobs(now: Date = new Date()): Promise<string[]> {
  const client = await db();
  const stale = new Date(now.getTime() - STALE_LEASE_MS);
  const jobs = await client.batchJob.findMany({
    where: { OR: [{ status: "queued" }, { status: "running", heartbeatAt: { lt: stale } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  const ran: string[] = [];
  for (const job of jobs) if (await runBatchJob(job.id)) ran.push(job.id);
  return ran;
}

/** Whether nobody is working on a queued or running job (so the caller should start a worker). */
export function needsWorker(job: BatchJobView & { heartbeatAt?: Date | null }, now: Date): boolean {
  if (job.status === "queued") return true;
  if (job.status !== "running") return false;
  return !job.heartbeatAt || now.getTime() - job.heartbeatAt.getTime() > STALE_LEASE_MS;
}

