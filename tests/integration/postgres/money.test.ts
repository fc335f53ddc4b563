// Money and counts keep exact types on both databases: BigInt yuan and 32-bit counts go in and
// come back unchanged, and no column is a floating-point or decimal type. Runs in both passes of
// the integration suite (SQLite, then PostgreSQL), on DATABASE_URL.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { databaseUrl, isPostgresUrl } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/data/db";

const url = databaseUrl();
const db = createPrismaClient(url);
afterAll(() => db.$disconnect());

const provider = isPostgresUrl(url) ? "PostgreSQL" : "SQLite";
/** 2^53 + 1: the first integer a double cannot hold, so a float anywhere would show. */
const BEYOND_DOUBLE = 9_007_199_254_740_993n;
/** The largest BIGINT (2^63 − 1). */
const MAX_BIGINT = 9_223_372_036_854_775_807n;
/** 10^13 yuan (10 万亿): beyond any real total, and exact. */
const TEN_TRILLION = 10_000_000_000_000n;
const MAX_INT = 2_147_483_647;

async function newClient() {
  const tag = randomUUID().slice(0, 8);
  const centre = await db.serviceCentre.create({ data: { name: `money-test-${tag}` } });
  return db.client.create({
    data: {
      centreId: centre.id,
      name: `Money test ${tag}`,
      creditCode: `91MONEY${tag}`.toUpperCase(),
      profileJson: "{}",
    },
  });
}

describe(`exact money and counts on ${provider}`, () => {
  it("stores and reads back BigInt yuan beyond 2^53 and the largest BIGINT exactly", async () => {
    const client = await newClient();
    const amounts = [TEN_TRILLION, 9_007_199_254_740_991n, BEYOND_DOUBLE, MAX_BIGINT];
    for (const amount of amounts) {
      const created = await db.evaluation.create({
        data: {
          clientId: client.id,
          asOf: "2026-11-25",
          round: 2027,
          rulesVersion: "test",
          profileJson: "{}",
          resultJson: "{}",
          totalMin: amount - 1n,
          totalMax: amount,
          eligibleCount: MAX_INT,
          createdByName: "money test",
        },
      });
      const read = await db.evaluation.findUniqueOrThrow({ where: { id: created.id } });
      expect(typeof read.totalMax).toBe("bigint");
      expect(read.totalMax).toBe(amount);
      expect(read.totalMin).toBe(amount - 1n);
      expect(read.eligibleCount).toBe(MAX_INT);
    }
  });

  it("adds BigInt amounts in the database exactly", async () => {
    const client = await newClient();
    for (const amount of [BEYOND_DOUBLE, TEN_TRILLION, 7n]) {
      await db.evaluation.create({
        data: {
          clientId: client.id,
          asOf: "2026-11-25",
          round: 2027,
          rulesVersion: "test",
          profileJson: "{}",
          resultJson: "{}",
          totalMin: 0n,
          totalMax: amount,
          eligibleCount: 1,
          createdByName: "money test",
        },
      });
    }
    const sum = await db.evaluation.aggregate({
      where: { clientId: client.id },
      _sum: { totalMax: true, eligibleCount: true },
    });
    expect(BigInt(sum._sum.totalMax ?? -1)).toBe(BEYOND_DOUBLE + TEN_TRILLION + 7n);
    expect(Number(sum._sum.eligibleCount)).toBe(3);
  });

  it("has no floating-point or decimal column", async () => {
    const columns = isPostgresUrl(url)
      ? await db.$queryRaw<{ table: string; column: string; type: string }[]>`
          SELECT table_name::text AS "table", column_name::text AS "column", data_type::text AS "type"
          FROM information_schema.columns WHERE table_schema = current_schema()`
      : await db.$queryRaw<{ table: string; column: string; type: string }[]>`
          SELECT m.name AS "table", p.name AS "column", p.type AS "type"
          FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'`;
    expect(columns.length).toBeGreaterThan(20);
    const inexact = columns.filter((c) => /real|double|float|numeric|decimal|money/i.test(c.type));
    expect(inexact).toEqual([]);
    const amount = columns.find((c) => c.table === "Evaluation" && c.column === "totalMax");
    expect(amount?.type.toLowerCase()).toBe("bigint");
  });
});
