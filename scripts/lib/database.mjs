import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/app.db";

export function databaseUrl(env = process.env) {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** For a SQLite `file:` URL, creates the folder that will hold the database file. */
export function ensureDatabaseFolder(url = databaseUrl()) {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length).split("?")[0];
  if (!path || path === ":memory:") return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
}

/** A `postgres://` or `postgresql://` URL selects PostgreSQL; anything else (a `file:` URL) SQLite. */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url.trim());
}

/** The Prisma schema and migrations folder for a URL: SQLite's, or the derived PostgreSQL ones. */
export function prismaLayout(url = databaseUrl()) {
  return isPostgresUrl(url)
    ? { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" }
    : { schema: "prisma/schema.prisma", migrations: "prisma/migrations" };
}
