import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

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
          return { allowed: false, limit, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
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
  return flexibleRateLimiter(new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: "api-v1" }));
}

// Each route is bundled on its own: keep one limiter per process on globalThis so that all
// routes share the count.
const SLOT = Symbol.for("policy-calculator.api-rate-limiter");
type Slot = { [SLOT]?: RateLimiter };

/** The process-wide limiter of /api/v1, created on first use from API_RATE_LIMIT_PER_MINUTE. */
export function apiRateLimiter(): RateLimiter {
  const slot = globalThis as Slot;
  return (slot[SLOT] ??= memoryRateLimiter(rateLimitPerMinute()));
}

/** Replaces the process-wide limiter (a shared store), or drops it so the next use re-reads the environment. */
export function setApiRateLimiter(limiter: RateLimiter | undefined): void {
  (globalThis as Slot)[SLOT] = limiter;
}
