import "server-only";
import cluster from "node:cluster";
import pg from "pg";
import {
  RateLimiterCluster,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { databaseUrl, isPostgresUrl } from "@/lib/database-url";

export type RateLimitDecision =
  | { readonly allowed: true; readonly limit: number; readonly remaining: number }
  | { readonly allowed: false; readonly limit: number; readonly retryAfterSeconds: number };

/**
 * Counts requests per client key. The API talks only to this interface: the in-memory store
 * serves one instance; a database-backed store (rate-limiter-flexible's RateLimiterPrisma,
 * RateLimiterPostgres…) passed to `flexibleRateLimiter` serves several instances sharing a limit.
 */
export interface RateLimiter {
  /** Requests allowed per client and window. */
  readonly limit: number;
  /** Records one request for `key` and says whether it may proceed. */
  hit(key: string): Promise<RateLimitDecision>;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** API_RATE_LIMIT_PER_MINUTE as a positive integer; the default when unset or not a number. */
export function rateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_RATE_LIMIT_PER_MINUTE?.trim();
  if (!raw) return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

/** Adapts any rate-limiter-flexible store to the API's interface. */
export function flexibleRateLimiter(store: RateLimiterAbstract): RateLimiter {
  const limit = store.points;
  return {
    limit,
    async hit(key) {
      try {
        const res = await store.consume(key);
        return { allowed: true, limit, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            limit,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          };
        }
        // The store itself failed (a database being down): serve the request rather than refuse everyone.
        console.error("[api] rate limiter store failed; request allowed:", rejection);
        return { allowed: true, limit, remaining: limit };
      }
    },
  };
}

/** One window of a minute, counted in this process's memory. */
export function memoryRateLimiter(perMinute: number): RateLimiter {
  return flexibleRateLimiter(
    new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: "api-v1" }),
  );
}

/**
 * One window of a minute, counted in memory by the primary process of scripts/serve.mjs for all
 * its workers (over the cluster's IPC channel), so that a client gets the limit once per server.
 */
export function clusterRateLimiter(perMinute: number): RateLimiter {
  return flexibleRateLimiter(
    new RateLimiterCluster({
      points: perMinute,
      duration: 60,
      keyPrefix: "api-v1",
      timeoutMs: 3000,
    }),
  );
}

/** Whether this process is a worker of scripts/serve.mjs, whose primary keeps the counts. */
export function servedByCluster(env: Record<string, string | undefined> = process.env): boolean {
  return cluster.isWorker && env.API_RATE_LIMIT_STORE === "cluster";
}

/** The PostgreSQL table of the shared counters (rate-limiter-flexible's layout). */
export const RATE_LIMIT_TABLE = "api_rate_limit";

type SharedPool = { url: string; pool: pg.Pool; table?: Promise<void> };
const POOL_SLOT = Symbol.for("policy-calculator.api-rate-limit-pool");

/** One small pool per process and database, shared by every limiter on it. */
function sharedPool(url: string): SharedPool {
  const slot = globalThis as { [POOL_SLOT]?: SharedPool };
  const current = slot[POOL_SLOT];
  if (current?.url === url) return current;
  const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
  // An idle connection that breaks must not take the process down; the next query reconnects.
  pool.on("error", (error) => console.error("[api] rate limiter connection lost:", error.message));
  return (slot[POOL_SLOT] = { url, pool });
}

/** Creates the counters table once per process (again after a failure). */
function ensureTable(shared: SharedPool): Promise<void> {
  shared.table ??= shared.pool
    .query(
      `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_TABLE}" ` +
        "(key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)",
    )
    .then(
      () => undefined,
      (error: { code?: string }) => {
        // Two instances creating it at once: the other one won.
        if (error.code === "23505") return;
        shared.table = undefined;
        throw error;
      },
    );
  return shared.table;
}

/**
 * One window of a minute, counted in a PostgreSQL table, so that every instance on the database
 * shares each client's count. Atomic: one INSERT … ON CONFLICT DO UPDATE per request.
 */
export function postgresRateLimiter(url: string, perMinute: number): RateLimiter {
  const shared = sharedPool(url);
  const store = new RateLimiterPostgres({
    storeClient: shared.pool,
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    points: perMinute,
    duration: 60,
    keyPrefix: "api-v1",
  });
  const limiter = flexibleRateLimiter(store);
  return {
    limit: limiter.limit,
    async hit(key) {
      try {
        await ensureTable(shared);
      } catch (error) {
        console.error("[api] rate limiter table unavailable; request allowed:", error);
        return { allowed: true, limit: limiter.limit, remaining: limiter.limit };
      }
      return limiter.hit(key);
    },
  };
}

/**
 * The limiter for DATABASE_URL: shared through PostgreSQL (every instance); else, on SQLite (one
 * server), by the server's workers through its primary process, or in this process's memory.
 */
export function defaultRateLimiter(perMinute: number, url: string = databaseUrl()): RateLimiter {
  if (isPostgresUrl(url)) return postgresRateLimiter(url, perMinute);
  return servedByCluster() ? clusterRateLimiter(perMinute) : memoryRateLimiter(perMinute);
}

// Each route is bundled on its own: keep one limiter per process on globalThis so that all
// routes share the count.
const SLOT = Symbol.for("policy-calculator.api-rate-limiter");
type Slot = { [SLOT]?: RateLimiter };

/**
 * The process-wide limiter of /api/v1, created on first use from API_RATE_LIMIT_PER_MINUTE:
 * counted in PostgreSQL when DATABASE_URL is postgresql:// (shared by all instances), else in the
 * memory of the server (its primary process when it runs several workers).
 */
export function apiRateLimiter(): RateLimiter {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= defaultRateLimiter(rateLimitPerMinute()));
}

/** Replaces the process-wide limiter (a shared store), or drops it so the next use re-reads the environment. */
export function setApiRateLimiter(limiter: RateLimiter | undefined): void {
  (globalThis as Slot)[SLOT] = limiter;
}
