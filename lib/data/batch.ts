import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { IsoDate } from "@/lib/engine/types";
import type { ExportRow } from "@/lib/batch/export";
import { storedSummary } from "@/lib/batch/summary";
import type { RowProblem, ValidationReport } from "@/lib/batch/validate";
import type { Text } from "@/lib/engine/text";
import { canSeeCentre, type Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { registry } from "@/rules";
import { recordAudit } from "./audit";
import { db, toNumber } from "./db";
import { transaction } from "./transaction";
import { BATCH_TRANSITIONS, type BatchStatus } from "./batch-status";

export { BATCH_STATUSES, type BatchStatus } from "./batch-status";

/**
 * Batch jobs as records: upload, visibility, the user's moves between states (BATCH_TRANSITIONS)
 * and the downloads. The evaluation itself runs in lib/data/batch-runner.ts.
 */

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
  action: "import" | "discard" | "queue",
  audit: { action: "import" | "run" | "delete"; summary: (job: JobRow) => string },
  extra: Prisma.BatchJobUpdateManyMutationInput = {},
): Promise<void> {
  const { from, to } = BATCH_TRANSITIONS[action];
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
  return transition(actor, id, "import", {
    action: "import",
    summary: (j) => `导入 ${j.fileName} 中无误的 ${j.goodRows} 行（跳过 ${j.badRows} 行）`,
  });
}

export function discardJob(actor: Actor, id: string): Promise<void> {
  return transition(actor, id, "discard", {
    action: "delete",
    summary: (j) => `放弃批量文件 ${j.fileName}`,
  });
}

/** Queues the evaluation of an imported job; call runBatchJob to do the work. */
export function queueJob(actor: Actor, id: string): Promise<void> {
  return transition(
    actor,
    id,
    "queue",
    { action: "run", summary: (j) => `开始评估 ${j.fileName}（${j.goodRows} 家企业）` },
    { rulesVersion: registry.version, processedRows: 0 },
  );
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
    const summary = storedSummary({
      ...r,
      totalMin: toNumber(r.totalMin),
      totalMax: toNumber(r.totalMax),
    });
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
