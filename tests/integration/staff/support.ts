import { rmSync } from "node:fs";
import pg from "pg";
import { isPostgresUrl } from "@/lib/database-url";
import { createPrismaClient } from "@/lib/data/db";
import type { Actor } from "@/lib/auth/actor";
import { applyMigrations } from "@/tests/support/migrate";

export type TestDatabase = {
  readonly url: string;
  /** The SQLite file; undefined on PostgreSQL. */
  readonly file?: string;
};

function freshSqlite(name: string): TestDatabase {
  const file = `data/test-staff-${name}.db`;
  for (const suffix of ["", "-journal", "-wal", "-shm"])
    rmSync(`${file}${suffix}`, { force: true });
  const url = `file:./${file}`;
  applyMigrations(url);
  return { url, file };
}

/** A new database beside the one `serverUrl` names (the role may create databases). */
async function freshPostgres(serverUrl: string, name: string): Promise<TestDatabase> {
  const url = new URL(serverUrl);
  const database = `${url.pathname.slice(1)}_staff_${name}`.toLowerCase().replace(/\W/g, "_");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${database}`;
  applyMigrations(url.toString());
  return { url: url.toString() };
}

/**
 * Points the data layer at a fresh, migrated database of this test file's own, so that test files
 * running in parallel do not share one: a SQLite file, or in the suite's PostgreSQL pass (the
 * ambient DATABASE_URL is postgresql://) a PostgreSQL database. `sqliteOnly` for what only SQLite
 * has (its backup, its write conflicts). Await it at the top of the file, before any data-layer call.
 */
export async function freshStaffDatabase(
  name: string,
  { sqliteOnly = false }: { sqliteOnly?: boolean } = {},
): Promise<TestDatabase> {
  const ambient = process.env.DATABASE_URL ?? "";
  const database =
    isPostgresUrl(ambient) && !sqliteOnly ? await freshPostgres(ambient, name) : freshSqlite(name);
  process.env.DATABASE_URL = database.url;
  const g = globalThis as { prisma?: unknown; staffDb?: unknown };
  delete g.prisma;
  delete g.staffDb;
  return database;
}

/** Rows of a raw SQL query on the current test database (identifiers in double quotes). */
export async function rawRows<T>(sql: string, ...values: unknown[]): Promise<T[]> {
  const client = createPrismaClient(process.env.DATABASE_URL);
  try {
    return await client.$queryRawUnsafe<T[]>(sql, ...values);
  } finally {
    await client.$disconnect();
  }
}

/** The names of the app's tables in the current test database. */
export async function tableNames(): Promise<string[]> {
  const sql = isPostgresUrl(process.env.DATABASE_URL ?? "")
    ? "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
  return (await rawRows<{ name: string }>(sql)).map((r) => r.name);
}

export const PASSWORD = "correct horse battery";

let counter = 0;

/** A centre with an admin-free staff member, created through the data layer. */
export async function makeCentre(label: string): Promise<{ centreId: string; staff: Actor }> {
  const accounts = await import("@/lib/data/accounts");
  const centre = await accounts.createCentre(null, { name: `${label} ${++counter}` });
  const user = await accounts.createStaff(null, {
    email: `staff-${counter}-${label.toLowerCase().replace(/\W+/g, "")}@example.org`,
    name: `${label} staff`,
    role: "staff",
    centreId: centre.id,
    password: PASSWORD,
  });
  return { centreId: centre.id, staff: actorOf(user) };
}

export async function makeAdmin(): Promise<Actor> {
  const accounts = await import("@/lib/data/accounts");
  const user = await accounts.createStaff(null, {
    email: `admin-${++counter}@example.org`,
    name: "Admin",
    role: "admin",
    centreId: null,
    password: PASSWORD,
  });
  return actorOf(user);
}

function actorOf(u: {
  id: string;
  email: string;
  name: string;
  role: "admin" | "staff";
  centreId: string | null;
  centreName: string | null;
}): Actor {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    centreId: u.centreId,
    centreName: u.centreName,
  };
}
