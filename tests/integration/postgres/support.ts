// Helpers for the PostgreSQL side of the tests: the local server's URLs.
import { execFileSync } from "node:child_process";

/** The URL of a database on the local server of scripts/pg-local.sh. */
export function pgLocalUrl(database: string): string {
  return execFileSync("bash", ["scripts/pg-local.sh", "url", database]).toString().trim();
}

/** The PostgreSQL database the integration suite runs against in its PostgreSQL pass. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || pgLocalUrl("policy_calculator_test");
}
