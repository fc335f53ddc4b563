// Two workers of the production server are two processes on one SQLite file. A transaction that
// read before another process committed a write cannot write itself (SQLITE_BUSY_SNAPSHOT); the
// data layer runs it again. Two Prisma clients (two connections) stand in for the two processes.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/data/db";
import { isWriteConflict, transaction } from "@/lib/data/transaction";
import { freshStaffDatabase } from "./support";

const { url } = await freshStaffDatabase("transaction", { sqliteOnly: true });
const first = createPrismaClient(url);
const second = createPrismaClient(url);
await first.$queryRawUnsafe("PRAGMA journal_mode = WAL");

afterAll(async () => {
  await Promise.all([first.$disconnect(), second.$disconnect()]);
});

/** Reads a key, lets the other connection write once in between, then writes. */
async function readThenWrite(key: string, attempts: { count: number }, interleave: boolean) {
  return transaction(first, async (tx) => {
    attempts.count += 1;
    await tx.loginThrottle.findUnique({ where: { key } });
    if (interleave && attempts.count === 1)
      await second.loginThrottle.create({ data: { key: `${key}-other` } });
    return tx.loginThrottle.create({ data: { key, failures: attempts.count } });
  });
}

describe("a transaction when another process wrote meanwhile", () => {
  it("is run a second time and then commits; the other write is kept", async () => {
    const attempts = { count: 0 };
    const row = await readThenWrite("conflict", attempts, true);
    expect(attempts.count).toBe(2);
    expect(row.failures).toBe(2);
    const keys = (await first.loginThrottle.findMany({ orderBy: { key: "asc" } })).map(
      (r) => r.key,
    );
    expect(keys).toEqual(["conflict", "conflict-other"]);
  });

  it("runs once when nothing interferes", async () => {
    const attempts = { count: 0 };
    await readThenWrite("quiet", attempts, false);
    expect(attempts.count).toBe(1);
  });

  it("is not run again for other errors (a duplicate key)", async () => {
    const attempts = { count: 0 };
    await expect(readThenWrite("quiet", attempts, false)).rejects.toMatchObject({ code: "P2002" });
    expect(attempts.count).toBe(1);
  });
});

describe("isWriteConflict", () => {
  it.each(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED"])("%s is a conflict", (code) =>
    expect(isWriteConflict({ code })).toBe(true),
  );
  it.each([{ code: "P2002" }, { code: "SQLITE_CONSTRAINT" }, new Error("x"), null, "SQLITE_BUSY"])(
    "%j is not",
    (error) => expect(isWriteConflict(error)).toBe(false),
  );
});
