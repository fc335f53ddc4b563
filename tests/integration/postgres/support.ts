// Helpers for the PostgreSQL side of the tests: the local server's URLs and a clean database.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { applyMigrations } from "../../support/migrate";

/** The URL of a database on the local server of scripts/pg-local.sh. */
export function pgLocalUrl(database: string): string {
  return execFileSync("bash", ["scripts/pg-local.sh", "url", database]).toString().trim();
}

/** The PostgreSQL database the integration suite runs against in its PostgreSQL pass. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || pgLocalUrl("policy_calculator_test");
}

/** Empties the database (drops and recreates the public schema), then applies the migrations. */
export async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
  applyMigrations(url);
}
