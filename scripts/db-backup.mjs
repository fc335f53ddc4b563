// npm run db:backup [-- --out FILE]      consistent copy of the database while the app runs
// npm run db:backup -- --restore FILE    puts a backup back (stop the app first; see README)
//
// Uses SQLite's online backup API (better-sqlite3's db.backup): the copy is a consistent snapshot
// even while the app writes (the database runs in WAL mode). DATABASE_URL picks the database
// (default data/app.db); backups go to data/backups/ unless --out says otherwise.
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databaseUrl } from "./lib/database.mjs";

// Backups hold password hashes and client data: every file this script writes is owner-only (0600).
process.umask(0o077);

const { values } = parseArgs({
  options: { out: { type: "string" }, restore: { type: "string" } },
});

const url = databaseUrl();
if (!url.startsWith("file:")) {
  console.error(`db:backup: ${url} is not a SQLite file; use the database's own backup tools.`);
  process.exit(1);
}
const live = resolve(url.slice("file:".length).split("?")[0]);

function check(path) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const [row] = db.pragma("integrity_check");
    if (row?.integrity_check !== "ok") throw new Error(`integrity check: ${JSON.stringify(row)}`);
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get();
    return tables.n;
  } finally {
    db.close();
  }
}

function stamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

if (values.restore) {
  const source = resolve(values.restore);
  if (!existsSync(source)) {
    console.error(`db:backup: no backup at ${source}`);
    process.exit(1);
  }
  check(source);
  mkdirSync(dirname(live), { recursive: true });
  // Keep what is there now, just in case.
  if (existsSync(live)) {
    const safety = resolve(dirname(live), "backups", `before-restore-${stamp()}.db`);
    mkdirSync(dirname(safety), { recursive: true });
    const current = new Database(live, { fileMustExist: true });
    await current.backup(safety);
    current.close();
    console.log(`db:backup: the current database was saved to ${safety}`);
  }
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  await backup.backup(live);
  backup.close();
  const tables = check(live);
  console.log(`db:backup: restored ${source} into ${live} (${tables} tables).`);
  process.exit(0);
}

const out = resolve(values.out ?? resolve(dirname(live), "backups", `app-${stamp()}.db`));
if (!existsSync(live)) {
  console.error(`db:backup: no database at ${live}`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
const db = new Database(live, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
await db.backup(out);
db.close();
chmodSync(out, 0o600);
const tables = check(out);
console.log(`db:backup: wrote ${out} (${tables} tables, integrity ok).`);
