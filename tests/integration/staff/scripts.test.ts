import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/tests/support/migrate";

/** The command-line entry points, run as npm runs them, on a database of their own. */
const FILE = "data/test-staff-scripts.db";
const URL = `file:./${FILE}`;
const clean = () => {
  for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(`${FILE}${s}`, { force: true });
};
clean();
applyMigrations(URL);
afterAll(clean);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: URL, ...env },
    encoding: "utf8",
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const staffCreate = (...args: string[]) =>
  run([
    "node_modules/tsx/dist/cli.mjs",
    "--conditions=react-server",
    "scripts/staff-create.ts",
    ...args,
  ]);

function rows<T>(sql: string): T[] {
  const db = new Database(FILE, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe("npm run staff:create", () => {
  it("creates the first admin with an argon2id hash and never prints the password", () => {
    const password = "first admin passphrase";
    const r = staffCreate(
      "--admin",
      "--email",
      "Boss@Example.org",
      "--name",
      "张三",
      "--password",
      password,
    );
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain("created admin boss@example.org");
    expect(r.out).not.toContain(password);
    const [user] = rows<{ role: string; passwordHash: string }>(
      "SELECT role, passwordHash FROM StaffUser WHERE email = 'boss@example.org'",
    );
    expect(user!.role).toBe("admin");
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("creates a staff account in a centre (made if new), refuses duplicates and short passwords", () => {
    expect(
      staffCreate(
        "--email",
        "a@example.org",
        "--name",
        "李四",
        "--centre",
        "上城中心",
        "--password",
        "river tea lantern 2026",
      ).status,
    ).toBe(0);
    expect(rows<{ name: string }>("SELECT name FROM ServiceCentre")).toEqual([
      { name: "上城中心" },
    ]);
    const again = staffCreate(
      "--email",
      "a@example.org",
      "--name",
      "李四",
      "--centre",
      "上城中心",
      "--password",
      "river tea lantern 2026",
    );
    expect(again.status).toBe(1);
    expect(again.out).toContain("a@example.org exists");
    expect(
      staffCreate(
        "--email",
        "b@example.org",
        "--name",
        "王五",
        "--password",
        "river tea lantern 2026",
      ).status,
    ).toBe(1);
    expect(
      staffCreate("--admin", "--email", "c@example.org", "--name", "赵六", "--password", "short")
        .status,
    ).toBe(1);
  });

  it("--reset sets a new password", () => {
    const before = rows<{ passwordHash: string }>(
      "SELECT passwordHash FROM StaffUser WHERE email = 'a@example.org'",
    );
    const r = staffCreate(
      "--reset",
      "--email",
      "a@example.org",
      "--password",
      "another passphrase",
    );
    expect(r.status, r.out).toBe(0);
    const after = rows<{ passwordHash: string }>(
      "SELECT passwordHash FROM StaffUser WHERE email = 'a@example.org'",
    );
    expect(after[0]!.passwordHash).not.toBe(before[0]!.passwordHash);
  });
});

describe("scripts/seed.mjs (npm start's seed hook)", () => {
  it("does nothing with SEED_DEMO=0 and no ADMIN_EMAIL", () => {
    const r = run(["scripts/seed.mjs"], { SEED_DEMO: "0", ADMIN_EMAIL: "" });
    expect(r.status).toBe(0);
    expect(r.out).toContain("nothing to do");
  });

  it("creates the ADMIN_EMAIL admin on first start, once", () => {
    const env = {
      SEED_DEMO: "0",
      ADMIN_EMAIL: "env-admin@example.org",
      ADMIN_PASSWORD: "from the environment",
    };
    const first = run(["scripts/seed.mjs"], env);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toContain("created the admin");
    expect(first.out).not.toContain("from the environment");
    expect(run(["scripts/seed.mjs"], env).out).toContain("nothing to do");
    expect(rows("SELECT id FROM StaffUser WHERE email = 'env-admin@example.org'")).toHaveLength(1);
  });

  it("adds no demo data to a database that has accounts", () => {
    const r = run(["scripts/seed.mjs"], { ADMIN_EMAIL: "" });
    expect(r.status, r.out).toBe(0);
    expect(rows("SELECT id FROM StaffUser WHERE email = 'staff@example.com'")).toHaveLength(0);
  });
});
