import { readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import type { EvaluationResult } from "@/lib/engine/types";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";
import { applyMigrations } from "@/tests/support/migrate";
import { freshStaffDatabase } from "./support";

/**
 * The data migration to profile version 2 on a copy of the demo database as the app left it
 * before version 2 (tests/integration/staff/fixtures/demo-v1.db.gz: the 18 example clients with
 * version-1 profiles, one more without a reporting year, and one saved evaluation each, computed
 * by that version's engine for the round that claims the client's figures).
 */

// A database of this file's own (SQLite, or PostgreSQL in that pass); the demo copy is SQLite.
const own = await freshStaffDatabase("profile-upgrade-own");
const file = "data/test-staff-profile-upgrade.db";
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
writeFileSync(file, gunzipSync(readFileSync("tests/integration/staff/fixtures/demo-v1.db.gz")));
const url = `file:./${file}`;

const { createPrismaClient } = await import("@/lib/data/db");

type Row = { id: string; profileJson: string };
async function rows(sql: string): Promise<Row[]> {
  const c = createPrismaClient(url);
  try {
    return await c.$queryRawUnsafe<Row[]>(sql);
  } finally {
    await c.$disconnect();
  }
}

const before = {
  clients: await rows(`SELECT id, "profileJson" FROM "Client" ORDER BY id`),
  evaluations: await rows(`SELECT id, "profileJson" FROM "Evaluation" ORDER BY id`),
};
// `npm start` and the tests apply migrations the same way: schema first, then the data.
applyMigrations(url);

type Saved = {
  id: string;
  round: number;
  profileJson: string;
  resultJson: string;
  clientId: string;
};
const saved = await (async () => {
  const c = createPrismaClient(url);
  try {
    return await c.$queryRawUnsafe<Saved[]>(
      `SELECT id, round, "profileJson", "resultJson", "clientId" FROM "Evaluation" ORDER BY id`,
    );
  } finally {
    await c.$disconnect();
  }
})();
const clients = await rows(`SELECT id, "profileJson" FROM "Client" ORDER BY id`);

/** What a reader of a result sees: each clause's status and amount, and the totals. */
const outcome = (r: EvaluationResult) => ({
  clauses: r.clauses.map((c) => [c.id, c.status, c.amount?.min ?? null, c.amount?.max ?? null]),
  totals: r.totals.overall,
});

describe("the migration of a copy of the demo database to profile version 2", () => {
  it("starts from 19 version-1 client profiles and 19 saved evaluations", () => {
    expect(before.clients).toHaveLength(19);
    expect(before.evaluations).toHaveLength(19);
    for (const r of before.clients) expect(JSON.parse(r.profileJson).version).toBe(1);
  });

  it("leaves every stored profile in version 2, loadable by the strict schema", () => {
    for (const r of [...clients, ...saved]) {
      const p = JSON.parse(r.profileJson);
      expect(p.version).toBe(2);
      expect(p.enterprise.reportingYear).toBeUndefined();
      expect(profileSchema.safeParse(p).success).toBe(true);
    }
  });

  it("gives every saved evaluation the same clauses, statuses, amounts and totals when re-run on the upgraded profile (19 of 19)", () => {
    let compared = 0;
    for (const e of saved) {
      const old = JSON.parse(e.resultJson) as EvaluationResult;
      const again = evaluate(
        registry,
        profileSchema.parse(JSON.parse(e.profileJson)),
        roundOf(e.round),
      );
      expect(outcome(again), `evaluation ${e.id} (round ${e.round})`).toEqual(outcome(old));
      // The client's own profile, upgraded the same way, gives the same result too.
      const client = clients.find((c) => c.id === e.clientId)!;
      const fromClient = evaluate(
        registry,
        profileSchema.parse(JSON.parse(client.profileJson)),
        roundOf(e.round),
      );
      expect(outcome(fromClient)).toEqual(outcome(old));
      compared++;
    }
    expect(compared).toBe(19);
  });

  it("files a client's figures under its reporting year (杭州储源新能: 900,000,000 revenue of 2024), and a client without one under its saved round's event year", async () => {
    const examples = readdirSync("examples").map((f) =>
      JSON.parse(readFileSync(`examples/${f}`, "utf8")),
    );
    const storage = examples.find((e) => e.enterprise.name === "杭州储源新能科技有限公司");
    const upgraded = clients
      .map((c) => JSON.parse(c.profileJson))
      .find((p) => p.enterprise.name === "杭州储源新能科技有限公司");
    expect(upgraded.finance).toEqual(storage.finance);
    expect(upgraded.finance["2024"].revenue).toBe(900_000_000);
    // The client saved without a reporting year, evaluated in round 2025: its figures are 2024's.
    const [bare] = await rows(
      `SELECT id, "profileJson" FROM "Client" WHERE name = '杭州无申报年度示例有限公司'`,
    );
    const v1 = JSON.parse(before.clients.find((c) => c.id === bare!.id)!.profileJson);
    expect(v1.enterprise.reportingYear).toBeUndefined();
    expect(JSON.parse(bare!.profileJson).finance["2024"]).toEqual(v1.finance.current);
  });

  it("is idempotent: a second run changes nothing", () => {
    const first = JSON.stringify(clients);
    applyMigrations(url);
    return rows(`SELECT id, "profileJson" FROM "Client" ORDER BY id`).then((again) =>
      expect(JSON.stringify(again)).toBe(first),
    );
  });
});

describe("the data migration on this pass's database (SQLite or PostgreSQL)", () => {
  it("rewrites a version-1 client profile without a reporting year under today's event year (2025 on 2026-03-01), and leaves version 2 alone", async () => {
    const { upgradeStoredProfiles } = await import("@/lib/data/profile-upgrade");
    const c = createPrismaClient(own.url);
    try {
      const centre = await c.serviceCentre.create({ data: { name: "迁移测试中心" } });
      const v1 = { version: 1, enterprise: {}, finance: { current: { revenue: 7 } } };
      const v2 = { version: 2, enterprise: {}, finance: { 2024: { revenue: 8 } } };
      const a = await c.client.create({
        data: { centreId: centre.id, name: "甲", profileJson: JSON.stringify(v1) },
      });
      const b = await c.client.create({
        data: { centreId: centre.id, name: "乙", profileJson: JSON.stringify(v2) },
      });
      const report = await upgradeStoredProfiles(c, new Date("2026-03-01T00:00:00Z"));
      expect(report).toEqual({ clients: 1, evaluations: 0, batchRows: 0, skipped: 0 });
      const after = async (id: string) =>
        JSON.parse((await c.client.findUniqueOrThrow({ where: { id } })).profileJson);
      expect(await after(a.id)).toEqual({
        version: 2,
        enterprise: {},
        finance: { 2025: { revenue: 7 } },
      });
      expect(await after(b.id)).toEqual(v2);
      expect((await c.client.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
    } finally {
      await c.$disconnect();
    }
  });
});
