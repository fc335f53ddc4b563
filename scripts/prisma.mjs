// Runs the Prisma CLI with the network-quiet environment: `node scripts/prisma.mjs <args>`.
// prisma.config.ts picks the schema and migrations by DATABASE_URL (SQLite or PostgreSQL).
// Two commands do more:
// - `generate` with no other argument generates both clients: generated/prisma (SQLite) and
//   generated/prisma-pg (PostgreSQL); lib/data/db.ts picks one by DATABASE_URL.
// - `migrate dev` runs on SQLite only (prisma/schema.prisma is the one source of truth), then
//   re-derives prisma/postgres (scripts/db-derive-postgres.mjs).
import { databaseUrl, isPostgresUrl } from "./lib/database.mjs";
import { runNode } from "./lib/run.mjs";

const PRISMA = "node_modules/prisma/build/index.js";
// Generating never connects; this only makes prisma.config.ts pick the PostgreSQL schema.
const PG_PLACEHOLDER_URL = "postgresql://localhost:5432/generate";

const args = process.argv.slice(2);

function main() {
  if (args.length === 1 && args[0] === "generate") {
    const sqlite = isPostgresUrl(databaseUrl()) ? "" : databaseUrl();
    return (
      runNode(PRISMA, args, { env: { DATABASE_URL: sqlite } }) ||
      runNode(PRISMA, args, { env: { DATABASE_URL: PG_PLACEHOLDER_URL } })
    );
  }
  if (args[0] === "migrate" && args[1] === "dev") {
    if (isPostgresUrl(databaseUrl())) {
      console.error(
        "migrate dev runs on SQLite only: edit prisma/schema.prisma and run it without a " +
          "postgresql:// DATABASE_URL; prisma/postgres is derived from it.",
      );
      return 1;
    }
    return runNode(PRISMA, args) || runNode("scripts/db-derive-postgres.mjs");
  }
  return runNode(PRISMA, args);
}

process.exit(main());
