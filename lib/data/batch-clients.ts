import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { storedSummary } from "@/lib/batch/summary";
import { policiesFor, type CompactResult } from "@/lib/evaluations/compact";
import type { Profile } from "@/lib/profile/schema";
import { roundOn } from "@/lib/rounds";
import { registry } from "@/rules";
import { ConflictError } from "@/lib/data/errors";
import { recordAudit } from "./audit";
import { visibleJob, type BatchStatus } from "./batch";
import { parseStoredProfile } from "./clients";
import { db, toNumber } from "./db";
import { transaction } from "./transaction";
import { precomputeEntries } from "./worklist-entries";

/** Rows read and created per statement. */
const CHUNK = 500;

/** The statuses in which a job's rows are imported (and so can become clients). */
export const ROWS_IMPORTED: readonly BatchStatus[] = ["ready", "queued", "running", "done"];

export type SavedAsClients = {
  /** New client records. */
  readonly created: number;
  /** Rows whose credit code the centre already has (deleted records included): left untouched. */
  readonly existing: number;
  /** New clients saved with the batch's evaluation (all of them once the job is done). */
  readonly evaluated: number;
};

const chunks = <T>(list: readonly T[], size = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

/** Evaluations written per statement: each carries a profile, so fewer at a time. */
const EVALUATION_CHUNK = 100;

type Tx = Parameters<Parameters<typeof transaction>[1]>[0];
type Fresh = { rowNumber: number; creditCode: string; profileJson: string };

/**
 * Saves each new client's batch result as its evaluation, in compact form (per clause: status,
 * amount, certainty; lib/evaluations/compact.ts), so the client list shows them as evaluated on
 * the job's date, round and rules.
 */
async function saveCompactEvaluations(
  tx: Tx,
  actor: Actor,
  job: { id: string; asOf: string; rulesVersion: string | null },
  centreId: string,
  fresh: readonly Fresh[],
): Promise<number> {
  const round = roundOn(job.asOf).year;
  const rulesVersion = job.rulesVersion ?? registry.version;
  let saved = 0;
  for (const part of chunks(fresh, EVALUATION_CHUNK)) {
    const [results, clients] = await Promise.all([
      tx.batchResult.findMany({
        where: { jobId: job.id, rowNumber: { in: part.map((r) => r.rowNumber) } },
      }),
      tx.client.findMany({
        where: { centreId, creditCode: { in: part.map((r) => r.creditCode) } },
        select: { id: true, creditCode: true },
      }),
    ]);
    const byRow = new Map(results.map((r) => [r.rowNumber, r]));
    const idOf = new Map(clients.map((c) => [c.creditCode, c.id]));
    const data = part.flatMap((row) => {
      const r = byRow.get(row.rowNumber);
      const clientId = idOf.get(row.creditCode);
      if (!r || !clientId) return [];
      const summary = storedSummary({
        ...r,
        totalMin: toNumber(r.totalMin),
        totalMax: toNumber(r.totalMax),
      });
      const industries = (JSON.parse(row.profileJson) as Profile).enterprise.industries;
      const compact: CompactResult = {
        compact: 1,
        round,
        rulesVersion,
        policies: policiesFor(industries),
        clauses: summary.compact,
      };
      return [
        {
          clientId,
          asOf: job.asOf,
          round,
          rulesVersion,
          profileJson: row.profileJson,
          resultJson: JSON.stringify(compact),
          totalMin: r.totalMin,
          totalMax: r.totalMax,
          eligibleCount: r.eligibleCount,
          createdById: actor.id,
          createdByName: actor.name,
        },
      ];
    });
    if (data.length) await tx.evaluation.createMany({ data });
    saved += data.length;
  }
  return saved;
}

/**
 * Keeps the enterprises of an imported batch file as client records of the job's centre: one per
 * credit code, with the row's name, district and profile. Codes the centre already has are left
 * as they are (their records may hold edits and evaluations), so doing it twice adds nothing.
 * Once the job is done, each new client is saved with its evaluation from the batch.
 */
export async function saveBatchRowsAsClients(actor: Actor, id: string): Promise<SavedAsClients> {
  const job = await visibleJob(actor, id);
  if (!job.centreId) throw new ConflictError("wrong-state", "the job belongs to no centre");
  if (!ROWS_IMPORTED.includes(job.status as BatchStatus))
    throw new ConflictError("wrong-state", `rows not imported (${job.status})`);
  const centreId = job.centreId;
  const client = await db();

  return transaction(
    client,
    async (tx) => {
      const rows = await tx.batchRow.findMany({
        where: { jobId: id },
        orderBy: { rowNumber: "asc" },
        select: {
          rowNumber: true,
          name: true,
          creditCode: true,
          district: true,
          profileJson: true,
        },
      });
      const seen = new Set<string>();
      const firstOfCode = rows.filter((r) => !seen.has(r.creditCode) && seen.add(r.creditCode));
      const known = new Set<string>();
      for (const codes of chunks(firstOfCode.map((r) => r.creditCode))) {
        const found = await tx.client.findMany({
          where: { centreId, creditCode: { in: codes } },
          select: { creditCode: true },
        });
        for (const f of found) if (f.creditCode) known.add(f.creditCode);
      }
      const fresh = firstOfCode.filter((r) => !known.has(r.creditCode));
      for (const part of chunks(fresh))
        await tx.client.createMany({
          data: part.map((r) => ({
            centreId,
            name: r.name,
            creditCode: r.creditCode,
            district: r.district,
            profileJson: r.profileJson,
            createdById: actor.id,
            updatedById: actor.id,
          })),
        });
      // Their worklist entries, so the worklist's next read finds them computed.
      for (const codes of chunks(fresh.map((r) => r.creditCode))) {
        const saved = await tx.client.findMany({
          where: { centreId, creditCode: { in: codes } },
          select: { id: true, version: true, profileJson: true },
        });
        await precomputeEntries(
          tx,
          saved.map((c) => ({
            clientId: c.id,
            centreId,
            clientVersion: c.version,
            profile: parseStoredProfile(c.profileJson),
          })),
        );
      }
      const evaluated =
        job.status === "done" ? await saveCompactEvaluations(tx, actor, job, centreId, fresh) : 0;
      const result = {
        created: fresh.length,
        existing: firstOfCode.length - fresh.length,
        evaluated,
      };
      await recordAudit(
        {
          actor,
          action: "create",
          entity: "client",
          entityId: null,
          centreId,
          summary: `从批量文件 ${job.fileName} 新建客户 ${result.created} 家（已有 ${result.existing} 家，未改动；${result.evaluated} 家附批量评估结果）`,
          detail: { batchJob: id, ...result },
        },
        tx,
      );
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
