import { execFileSync } from "node:child_process";

/** The PostgreSQL database of the multi-instance tests: MULTI_DATABASE_URL or the local server's. */
export function multiDatabaseUrl(env: Record<string, string | undefined> = process.env): string {
  const given = env.MULTI_DATABASE_URL?.trim();
  if (given) return given;
  return execFileSync("bash", ["scripts/pg-local.sh", "url", "policy_calculator_multi"])
    .toString()
    .trim();
}

/** The API rate limit the two servers run with (requests per client and minute). */
export const MULTI_API_LIMIT = 30;
