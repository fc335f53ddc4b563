import "server-only";
import { roundOn } from "@/lib/rounds";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { evaluate } from "@/lib/engine/evaluate";
import type { IsoDate } from "@/lib/engine/types";
import type { ExportRow } from "@/lib/batch/export";
import { summarise, type RowSummary } from "@/lib/batch/summary";
import type { RowProblem, ValidationReport } from "@/lib/batch/validate";
import type { Text } from "@/lib/engine/text";
import { loadStoredProfile } from "@/lib/profile/load";
import { profileSchema } from "@/lib/profile/schema";
import { canSeeCentre, type Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { registry } from "@/rules";
import { recordAudit } from "./audit";
import { db, toNumber } from "./db";
import { transaction } from "./transaction";

/**
 * rejected: the file itself is unusable · needs-decision: some rows are bad, the good ones are
 * staged but not imported · ready: imported, not yet evaluated · queued · running · done · failed ·
 * discarded.
 */
export const BATCH_STATUSES = [
  "rejected",
  "needs-decision",
  "ready",
  "queued",
  "running",
  "done",
  "failed",
  "discarded",
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export type BatchJobView = {
  id: string;
  centreId: string | null;
  centreName: string | null;
  fileName: string;
  asOf: string;
  status: BatchStatus;
  totalRows: number;
  goodRows: number;
  badRows: number;
  processedRows: number;
  rulesVersion: string | null;
  createdByName: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
};

export type BatchProblems = { fileProblems: Text[]; problems: RowProblem[]; truncated: boolean };

/** Rows evaluated per transaction; progress is written after each chunk. */
export const CHUNK_ROWS = 500;
/** A running job whose instance has not reported for this long may be resumed by another. */
export const STALE_LEASE_MS = 60_000;

type JobRow = Prisma.BatchJobGetPayload<{ include: { centre: true } }>;

const toView = (j: JobRow): BatchJobView => ({
  id: j.id,
  centreId: j.centreId,
  centreName: j.centre?.name ?? null,
  fileName: j.fileName,
  asOf: j.asOf,
  status: j.status as BatchStatus,
  totalRows: j.totalRows,
  goodRows: j.goodRows,
  badRows: j.badRows,
  processedRows: j.processedRows,
  rulesVersion: j.rulesVersion,
  createdByName: j.createdByName,
  createdAt: j.createdAt,
  startedAt: j.startedAt,
  finishedAt: j.finishedAt,
  error: j.error,
});

function canSeeJob(actor: Actor, job: { centreId: string | null }): boolean {
  return job.centreId ? canSeeCentre(actor, job.centreId) : actor.role === "admin";
}

export async function visibleJob(actor: Actor, id: string): Promise<JobRow> {
  const client = await db();
  const job = await client.batchJob.findUnique({ where: { id }, include: { centre: true } });
  if (!job) throw new NotFoundError();
  if (!canSeeJob(actor, job)) throw new ForbiddenError();
  return job;
}

/**
 * Records an uploaded file and its validation report. A file with row problems imports nothing:
 * its good rows are staged until the user chooses to import them (importGoodRows) or discards it.
 */
export async function createBatchJob(
  actor: Actor,
  input: { fileName: string; asOf: IsoDate; report: ValidationReport },
): Promise<{ id: string; status: BatchStatus }> {
  const { report } = input;
  const status: BatchStatus = report.fileProblems.length
    ? "rejected"
    : report.badRows > 0
      ? "needs-decision"
      : "ready";
  const problems: BatchProblems = {
    fileProblems: [...report.fileProblems],
    problems: [...report.problems],
    truncated: report.problems.length < report.badRows,
  };
  const client = await db();
  return transaction(client, 
    async (tx) => {
      const job = await tx.batchJob.create({
        data: {
          centreId: actor.centreId,
          createdById: actor.id,
          createdByName: actor.name,
          fileName: input.fileName.slice(0, 200),
          asOf: input.asOf,
          status,
          totalRows: report.totalRows,
          goodRows: report.fileProblems.length ? 0 : report.good.length,
          badRows: report.badRows,
          problemsJson: JSON.stringify(problems),
        },
      });
      if (status !== "rejected" && report.good.length)
        await tx.batchRow.createMany({
          data: report.good.map((r) => ({
            jobId: job.id,
            rowNumber: r.row,
            name: r.name,
            creditCode: r.creditCode,
            district: r.district ?? null,
            profileJson: JSON.stringify(r.profile),
          })),
        });
      await recordAudit(
        {
          actor,
          action: "upload",
          entity: "batch",
          entityId: job.id,
          centreId: actor.centreId,
          summary: `上传批量文件 ${job.fileName}：${report.totalRows} 行，${report.badRows} 行有问题`,
          detail: { status, totalRows: report.totalRows, badRows: report.badRows },
        },
        tx,
      );
      return { id: job.id, status };
    },
    { timeout: 60_000 },
  );
}

async function transition(
  actor: Actor,
  id: string,
  from: readonly BatchStatus[],
  to: BatchStatus,
  audit: { action: "import" | "run" | "delete"; summary: (job: JobRow) => string },
  extra: Prisma.BatchJobUpdateManyMutationInput = {},
): Promise<void> {
  const job = await visibleJob(actor, id);
  const client = await db();
  await transaction(client, async (tx) => {
    const result = await tx.batchJob.updateMany({
      where: { id, status: { in: [...from] } },
      data: { status: to, ...extra },
    });
    if (result.count === 0) throw new ConflictError("wrong-state", `job is ${job.status}`);
    if (to === "discarded") await tx.batchRow.deleteMany({ where: { jobId: id } });
    await recordAudit(
      {
        actor,
        action: audit.action,
        entity: "batch",
        entityId: id,
        centreId: job.centreId,
        summary: audit.summary(job),
      },
      tx,
    );
  });
}

/** The user chose to go on with the good rows of a file that had bad ones. */
export function importGoodRows(actor: Actor, id: string): Promise<void> {
  return transition(actor, id, ["needs-decision"], "ready", {
    action: "import",
    summary: (j) => `导入 ${j.fileName} 中无误的 ${j.goodRows} 行（跳过 ${j.badRows} 行）`,
  });
}

export function discardJob(actor: Actor, id: string): Promise<void> {
  return transition(actor, id, ["needs-decision", "ready", "rejected"], "discarded", {
    action: "delete",
    summary: (j) => `放弃批量文件 ${j.fileName}`,
  });
}

/** Queues the evaluation of an imported job; call runBatchJob to do the work. */
export function queueJob(actor: Actor, id: string): Promise<void> {
  return transition(
    actor,
    id,
    ["ready"],
    "queued",
    { action: "run", summary: (j) => `开始评估 ${j.fileName}（${j.goodRows} 家企业）` },
    { rulesVersion: registry.version, processedRows: 0 },
  );
}

/** Takes the job for this worker if it is queued or its runner has gone quiet. */
async function claim(id: string, workerId: string, now: Date): Promise<boolean> {
  const client = await db();
  const stale = new Date(now.getTime() - STALE_LEASE_MS);
  const result = await client.batchJob.updateMany({
    where: {
      id,
      OR: [{ status: "queued" }, { status: "running", heartbeatAt: { lt: stale } }],
    },
    data: { status: "running", workerId, heartbeatAt: now },
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
      const results = rows.map((r) => {
        const loaded = loadStoredProfile(JSON.parse(r.profileJson));
        // Rows stored by an older version may hold keys it no longer knows: those are dropped.
        const profile = loaded.ok ? loaded.profile : profileSchema.parse(JSON.parse(r.profileJson));
        const s = summarise(evaluate(registry, profile, roundOn(job.asOf)));
        return {
          jobId: id,
          rowNumber: r.rowNumber,
          totalMin: BigInt(s.totalMin),
          totalMax: BigInt(s.totalMax),
          eligibleCount: s.eligibleCount,
          needsInfo: s.needsInfo,
          byPolicyJson: JSON.stringify(s.byPolicy),
          clausesJson: JSON.stringify(s.clauses),
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
      data: { status: "done", finishedAt: now(), heartbeatAt: now() },
    });
    return true;
  } catch (error) {
    console.error(`[batch] job ${id} failed:`, error);
    await client.batchJob.updateMany({
      where: { id, workerId },
      data: { status: "failed", error: "evaluation failed", finishedAt: now() },
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

export async function getBatchJob(
  actor: Actor,
  id: string,
): Promise<BatchJobView & { heartbeatAt: Date | null }> {
  const job = await visibleJob(actor, id);
  return { ...toView(job), heartbeatAt: job.heartbeatAt };
}

export async function getBatchProblems(actor: Actor, id: string): Promise<BatchProblems> {
  const job = await visibleJob(actor, id);
  return JSON.parse(job.problemsJson) as BatchProblems;
}

export async function listBatchJobs(actor: Actor, limit = 30): Promise<BatchJobView[]> {
  const client = await db();
  const jobs = await client.batchJob.findMany({
    where: actor.role === "admin" ? {} : { centreId: actor.centreId ?? "\u0000no-centre" },
    include: { centre: true },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return jobs.map(toView);
}

/** The evaluated rows of a finished job, in file order, for the CSV and Excel downloads. */
export async function batchExportRows(
  actor: Actor,
  id: string,
  format: "csv" | "xlsx",
): Promise<{ job: BatchJobView; rows: ExportRow[] }> {
  const job = await visibleJob(actor, id);
  if (job.status !== "done") throw new ConflictError("wrong-state", `job is ${job.status}`);
  const client = await db();
  const [inputs, results] = await Promise.all([
    client.batchRow.findMany({
      where: { jobId: id },
      orderBy: { rowNumber: "asc" },
      select: { rowNumber: true, name: true, creditCode: true, district: true },
    }),
    client.batchResult.findMany({ where: { jobId: id }, orderBy: { rowNumber: "asc" } }),
  ]);
  const byRow = new Map(results.map((r) => [r.rowNumber, r]));
  const rows: ExportRow[] = [];
  for (const input of inputs) {
    const r = byRow.get(input.rowNumber);
    if (!r) continue;
    const summary: RowSummary = {
      totalMin: toNumber(r.totalMin),
      totalMax: toNumber(r.totalMax),
      eligibleCount: r.eligibleCount,
      needsInfo: r.needsInfo,
      byPolicy: JSON.parse(r.byPolicyJson) as RowSummary["byPolicy"],
      clauses: JSON.parse(r.clausesJson) as RowSummary["clauses"],
    };
    rows.push({
      row: input.rowNumber,
      name: input.name,
      creditCode: input.creditCode,
      district: input.district,
      summary,
    });
  }
  await recordAudit({
    actor,
    action: "export",
    entity: "batch",
    entityId: id,
    centreId: job.centreId,
    summary: `下载批量评估结果 ${job.fileName}（${format}，${rows.length} 行）`,
    detail: { format, rows: rows.length },
  });
  return { job: toView(job), rows };
}
