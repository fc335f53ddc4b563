import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, isPostgresUrl } from "./lib/database-url";
import { cliPostgresAdapter } from "./prisma/postgres/cli-adapter";

// The schema's `env("DATABASE_URL")` must resolve, or the CLI falls back to downloading a
// native query engine. Fill in the embedded default before the schema is read.
process.env.DATABASE_URL = databaseUrl();

// DATABASE_URL picks the database: a `file:` URL SQLite (prisma/schema.prisma, the one source
// of truth), a `postgresql://` URL PostgreSQL (prisma/postgres/, derived from it by
// scripts/db-derive-postgres.mjs).
const postgres = isPostgresUrl(databaseUrl());

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgres/migrations" : "prisma/migrations" },
  async adapter() {
    const url = databaseUrl();
    return postgres ? cliPostgresAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
