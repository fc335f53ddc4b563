/** The SQLite file used when DATABASE_URL is not set (relative to the project root). */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** The database URL in force: DATABASE_URL if set and non-empty, else the embedded default. */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** A `postgres://` or `postgresql://` URL selects PostgreSQL; anything else (a `file:` URL) SQLite. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url.trim());
}
