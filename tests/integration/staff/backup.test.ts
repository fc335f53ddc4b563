import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { makeCentre, freshStaffDatabase } from "./support";

const { url: liveUrl } = await freshStaffDatabase("backup", { sqliteOnly: true });
const work = mkdtempSync(join(tmpdir(), "staff-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const clients = await import("@/lib/data/clients");
const { db } = await import("@/lib/data/db");

function script(args: string[], url: string) {
  return execFileSync(process.execPath, ["scripts/db-backup.mjs", ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
}

describe("npm run db:backup", () => {
  it("runs the database in WAL mode", async () => {
    const client = await db();
    const [mode] = await client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(mode!.journal_mode).toBe("wal");
  });

  it("copies a consistent database while the app holds it open, and the copy restores", async () => {
    const { staff } = await makeCentre("Backup centre");
    const profile = profileSchema.parse({ enterprise: {} });
    await clients.createClient(staff, {
      name: "备份前的客户",
      creditCode: withCheckChar("91330110MA2700001"),
      profile,
    });
    // The write sits in the WAL file (not yet checkpointed); copying app.db alone would miss it.
    const backup = join(work, "copy.db");
    const out = script(["--out", backup], liveUrl);
    expect(out).toContain("integrity ok");

    await clients.createClient(staff, {
      name: "备份后的客户",
      creditCode: withCheckChar("91330110MA2700002"),
      profile,
    });

    const restored = join(work, "restored", "app.db");
    expect(script(["--restore", backup], `file:${restored}`)).toContain("restored");
    const copy = new Database(restored, { readonly: true });
    const names = (
      copy.prepare("SELECT name FROM Client ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name);
    const migrations = copy.prepare("SELECT count(*) AS n FROM _prisma_migrations").get() as {
      n: number;
    };
    copy.close();
    expect(names).toEqual(["备份前的客户"]);
    expect(migrations.n).toBeGreaterThan(0);
  });

  it("keeps the current database when restoring over it", () => {
    const target = join(work, "over", "app.db");
    const backup = join(work, "copy.db");
    script(["--restore", backup], `file:${target}`);
    const out = script(["--restore", backup], `file:${target}`);
    expect(out).toMatch(/the current database was saved to .*before-restore-/);
  });
});
