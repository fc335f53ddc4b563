import "server-only";
import { isVersion1, upgradeProfile } from "@/lib/profile/upgrade";
import { currentRound, roundOn } from "@/lib/rounds";
import type { Db } from "./db";
import { transaction } from "./transaction";

/**
 * The data migration to profile version 2: every stored profile written in version 1 (clients'
 * profiles, the profile each saved evaluation was computed with, batch rows) is rewritten in
 * version 2 by the same pure function the API and the self-check use (lib/profile/upgrade.ts).
 * A version-1 profile without a reporting year meant its “本年度” figures for the round it was
 * evaluated in: a saved evaluation's own round, a client's latest saved round (else the round
 * open today), a batch job's round. Idempotent: version-2 rows are left alone.
 */

export type ProfileUpgradeReport = {
  readonly clients: number;
  readonly evaluations: number;
  readonly batchRows: number;
  /** Rows whose JSON could not be read or upgraded: left as they are (nothing is lost). */
  readonly skipped: number;
};

const parse = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
};

/** The version-2 JSON of a stored version-1 profile; undefined when it is not v1 or cannot be. */
function upgradedJson(json: string, eventYear: number): string | undefined | null {
  const value = parse(json);
  if (!isVersion1(value)) return undefined;
  const upgraded = upgradeProfile(value, eventYear);
  return upgraded.ok ? JSON.stringify(upgraded.value) : null;
}

/** Rows per read: bounded memory whatever the size of the database. */
const PAGE = 500;

export async function upgradeStoredProfiles(
  client: Db,
  now: Date = new Date(),
): Promise<ProfileUpgradeReport> {
  const today = currentRound(now).eventYear;
  let clients = 0;
  let evaluations = 0;
  let batchRows = 0;
  let skipped = 0;

  for (let cursor: string | undefined; ; ) {
    const rows = await client.client.findMany({
      select: {
        id: true,
        profileJson: true,
        evaluations: { select: { round: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      const latest = row.evaluations[0]?.round;
      const json = upgradedJson(row.profileJson, latest === undefined ? today : latest - 1);
      if (json === undefined) continue;
      if (json === null) {
        skipped++;
        continue;
      }
      // Same meaning, new shape: the client's version (its optimistic lock) stays.
      await transaction(client, (tx) =>
        tx.client.updateMany({
          where: { id: row.id, profileJson: row.profileJson },
          data: { profileJson: json },
        }),
      );
      clients++;
    }
  }

  for (let cursor: string | undefined; ; ) {
    const rows = await client.evaluation.findMany({
      select: { id: true, round: true, profileJson: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      const json = upgradedJson(row.profileJson, row.round - 1);
      if (json === undefined) continue;
      if (json === null) {
        skipped++;
        continue;
      }
      await client.evaluation.update({ where: { id: row.id }, data: { profileJson: json } });
      evaluations++;
    }
  }

  for (let cursor: string | undefined; ; ) {
    const rows = await client.batchRow.findMany({
      select: { id: true, profileJson: true, job: { select: { asOf: true } } },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      const json = upgradedJson(row.profileJson, roundOn(row.job.asOf).eventYear);
      if (json === undefined) continue;
      if (json === null) {
        skipped++;
        continue;
      }
      await client.batchRow.update({ where: { id: row.id }, data: { profileJson: json } });
      batchRows++;
    }
  }
  return { clients, evaluations, batchRows, skipped };
}
