import "server-only";
import type { Db, Tx } from "./db";

/** Attempts after the first when SQLite reports a write conflict. */
const RETRIES = 6;

/**
 * SQLite refused a write because another process wrote since this transaction began reading
 * (SQLITE_BUSY_SNAPSHOT), or held the database past the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).
 * The transaction has been rolled back, so running it again is safe. The server's workers
 * (scripts/serve.mjs) are such processes; PostgreSQL waits on row locks instead.
 */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

type Options = Parameters<Db["$transaction"]>[1];

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 2 ** attempt * (5 + Math.random() * 10)));

/** An interactive transaction, run again (after a short random pause) on a write conflict. */
export async function transaction<T>(
  client: Db,
  work: (tx: Tx) => Promise<T>,
  options?: Options,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await client.$transaction(work, options);
    } catch (error) {
      if (attempt >= RETRIES || !isWriteConflict(error)) throw error;
      await pause(attempt);
    }
  }
}
