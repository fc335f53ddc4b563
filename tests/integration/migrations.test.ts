import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkDatabaseAt, healthResponse } from "@/lib/data/health";
import { applyMigrations } from "@/tests/support/migrate";

const workDir = mkdtempSync(join(tmpdir(), "policy-calculator-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const migrationFolders = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations on an empty database file", () => {
  const file = join(workDir, "fresh", "app.db");
  const url = `file:${file}`;

  it("apply every committed migration, creating the folder and the file", () => {
    applyMigrations(url);
    const db = new Database(file, { readonly: true });
    try {
      const applied = db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        )
        .all() as { migration_name: string }[];
      expect(applied.map((row) => row.migration_name)).toEqual(migrationFolders);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      expect(tables.map((row) => row.name)).toContain("AppMeta");
    } finally {
      db.close();
    }
  });

  it("can be applied again without changing anything", () => {
    expect(() => applyMigrations(url)).not.toThrow();
  });

  it("gives a database the health check reports as ok", async () => {
    expect(await checkDatabaseAt(url)).toEqual({ status: "ok", db: "ok" });
  });
});

describe("health check on a broken database", () => {
  it("reports a directory in place of the database file as 503", async () => {
    const report = await checkDatabaseAt(`file:${workDir}`);
    expect(report).toMatchObject({ status: "error", db: "error" });
    const response = healthResponse(report);
    expect(response.status).toBe(503);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["db", "reason", "status"]);
    expect(String(body.reason)).not.toMatch(/\n\s+at /);
  });

  it("reports a file in a folder that does not exist as 503", async () => {
    const report = await checkDatabaseAt(`file:${join(workDir, "missing", "nested", "app.db")}`);
    expect(healthResponse(report).status).toBe(503);
  });
});

describe("GET /api/health", () => {
  it("answers ok from the migrated test database", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });
});
