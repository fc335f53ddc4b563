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

type Page = { take: number; skip?: number; cursor?: { id: string } };

/**
 * Visits every row of a table, a page at a time in id order: `read` fetches a page, `rewrite`
 * saves a row's upgraded profile. Returns how many rows were rewritten and how many skipped.
 */
async function upgradeTable<R extends { id: string; profileJson: string }>(
  read: (page: Page) => Promise<R[]>,
  eventYearOf: (row: R) => number,
  rewrite: (row: R, json: string) => Promise<unknown>,
): Promise<{ upgraded: number; skipped: number }> {
  let upgraded = 0;
  let skipped = 0;
  for (let cursor: string | undefined; ; ) {
    const rows = await read({ take: PAGE, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    for (const row of rows) {
      const json = upgradedJson(row.profileJson, eventYearOf(row));
      if (json === undefined) continue;
      if (json === null) skipped++;
      else {
        await rewrite(row, json);
        upgraded++;
      }
    }
  }
  return { upgraded, skipped };
}

export async function upgradeStoredProfiles(
  client: Db,
  now: Date = new Date(),
): Promise<ProfileUpgradeReport> {
  const today = currentRound(now).eventYear;
  const clients = await upgradeTable(
    (page) =>
      client.client.findMany({
        select: {
          id: true,
          profileJson: true,
          evaluations: { select: { round: true }, orderBy: { createdAt: "desc" }, take: 1 },
        },
        orderBy: { id: "asc" },
        ...page,
      }),
    (row) => (row.evaluations[0]?.round ?? today + 1) - 1,
    // Same meaning, new shape: the client's version (its optimistic lock) stays.
    (row, json) =>
      transaction(client, (tx) =>
        tx.client.updateMany({
          where: { id: row.id, profileJson: row.profileJson },
          data: { profileJson: json },
        }),
      ),
  );
  const evaluations = await upgradeTable(
    (page) =>
      client.evaluation.findMany({
        select: { id: true, round: true, profileJson: true },
        orderBy: { id: "asc" },
        ...page,
      }),
    (row) => row.round - 1,
    (row, json) => client.evaluation.update({ where: { id: row.id }, data: { profileJson: json } }),
  );
  const batchRows = await upgradeTable(
    (page) =>
      client.batchRow.findMany({
        select: { id: true, profileJson: true, job: { select: { asOf: true } } },
        orderBy: { id: "asc" },
        ...page,
      }),
    (row) => roundOn(row.job.asOf).eventYear,
    (row, json) => client.batchRow.update({ where: { id: row.id }, data: { profileJson: json } }),
  );
  return {
    clients: clients.upgraded,
    evaluations: evaluations.upgraded,
    batchRows: batchRows.upgraded,
    skipped: clients.skipped + evaluations.skipped + batchRows.skipped,
  };
}
