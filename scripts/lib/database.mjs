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
