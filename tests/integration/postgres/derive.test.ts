// prisma/postgres (schema and migrations) is derived from prisma/schema.prisma by
// scripts/db-derive-postgres.mjs: re-deriving into a copy must change nothing.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isPostgresUrl } from "@/lib/database-url";

const FIX =
  "run `node scripts/db-derive-postgres.mjs` (or `npm run db:migrate`) and commit prisma/postgres";

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else files[relative(dir, child)] = readFileSync(child, "utf8");
    }
  };
  walk(dir);
  return files;
}

const work = mkdtempSync(join(tmpdir(), "derive-postgres-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the PostgreSQL schema and migrations", () => {
  it(`are current with prisma/schema.prisma (else ${FIX})`, () => {
    const copy = join(work, "postgres");
    cpSync("prisma/postgres", copy, { recursive: true });
    try {
      execFileSync(process.execPath, ["scripts/db-derive-postgres.mjs", "--out", copy], {
        stdio: "pipe",
      });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? error);
      expect.fail(`deriving failed: ${stderr.trim()}\n(${FIX})`);
    }
    expect(tree(copy), FIX).toEqual(tree("prisma/postgres"));
  });

  it("use PostgreSQL and the PostgreSQL client, and mirror every model", () => {
    const derived = readFileSync("prisma/postgres/schema.prisma", "utf8");
    const source = readFileSync("prisma/schema.prisma", "utf8");
    expect(derived).toMatch(/provider\s*=\s*"postgresql"/);
    expect(derived).toContain('output     = "../../generated/prisma-pg"');
    const models = (text: string) => [...text.matchAll(/^model (\w+)/gm)].map((m) => m[1]);
    expect(models(derived)).toEqual(models(source));
    expect(readFileSync("prisma/postgres/migrations/migration_lock.toml", "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  // Needs a server: Prisma replays the migrations into a temporary (shadow) database.
  it.runIf(isPostgresUrl(process.env.DATABASE_URL ?? ""))(
    "build exactly the derived schema when applied from empty",
    () => {
      const run = () =>
        execFileSync(
          process.execPath,
          [
            "scripts/prisma.mjs",
            "migrate",
            "diff",
            "--from-migrations",
            "prisma/postgres/migrations",
            "--to-schema-datamodel",
            "prisma/postgres/schema.prisma",
            "--exit-code",
          ],
          { stdio: "pipe" },
        ).toString();
      expect(run()).toContain("No difference detected");
    },
  );
});
