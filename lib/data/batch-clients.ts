import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError } from "@/lib/data/errors";
import { recordAudit } from "./audit";
import { visibleJob, type BatchStatus } from "./batch";
import { parseStoredProfile } from "./clients";
import { db } from "./db";
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
};

const chunks = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) =>
    list.slice(i * CHUNK, (i + 1) * CHUNK),
  );

/**
 * Keeps the enterprises of an imported batch file as client records of the job's centre: one per
 * credit code, with the row's name, district and profile. Codes the centre already has are left
 * as they are (their records may hold edits and evaluations), so doing it twice adds nothing.
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
        select: { name: true, creditCode: true, district: true, profileJson: true },
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
      const result = { created: fresh.length, existing: firstOfCode.length - fresh.length };
      await recordAudit(
        {
          actor,
          action: "create",
          entity: "client",
          entityId: null,
          centreId,
          summary: `从批量文件 ${job.fileName} 新建客户 ${result.created} 家（已有 ${result.existing} 家，未改动）`,
          detail: { batchJob: id, ...result },
        },
        tx,
      );
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
