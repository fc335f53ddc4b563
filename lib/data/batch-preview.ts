import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { storedSummary, type RowSummary } from "@/lib/batch/summary";
import { visibleJob } from "./batch";
import { db, toNumber } from "./db";

export type PreviewRow = {
  readonly row: number;
  readonly name: string;
  readonly creditCode: string;
  readonly summary: RowSummary;
};

/** The first `limit` evaluated enterprises of a finished job, in file order, for the job page. */
export async function batchResultPreview(
  actor: Actor,
  id: string,
  limit = 50,
): Promise<{ rows: PreviewRow[]; total: number }> {
  const job = await visibleJob(actor, id);
  if (job.status !== "done") return { rows: [], total: 0 };
  const client = await db();
  const [results, total] = await Promise.all([
    client.batchResult.findMany({
      where: { jobId: id },
      orderBy: { rowNumber: "asc" },
      take: limit,
    }),
    client.batchResult.count({ where: { jobId: id } }),
  ]);
  const inputs = await client.batchRow.findMany({
    where: { jobId: id, rowNumber: { in: results.map((r) => r.rowNumber) } },
    select: { rowNumber: true, name: true, creditCode: true },
  });
  const byRow = new Map(inputs.map((i) => [i.rowNumber, i]));
  const rows = results.flatMap((r) => {
    const input = byRow.get(r.rowNumber);
    if (!input) return [];
    const summary = storedSummary({
      ...r,
      totalMin: toNumber(r.totalMin),
      totalMax: toNumber(r.totalMax),
    });
    return [{ row: r.rowNumber, name: input.name, creditCode: input.creditCode, summary }];
  });
  return { rows, total };
}
