import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { GET as listPolicies } from "@/app/api/v1/policies/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import {
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  apiRateLimiter,
  flexibleRateLimiter,
  memoryRateLimiter,
  rateLimitPerMinute,
  servedByCluster,
  setApiRateLimiter,
} from "@/lib/api/rate-limit";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { expectProblem, get, postJson } from "./support";

const LIMIT = 3;

beforeEach(() => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", String(LIMIT));
  vi.stubEnv("TRUSTED_PROXY", "10.9.9.9");
  setApiRateLimiter(undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  setApiRateLimiter(undefined);
});

// As behind a trusted proxy (10.9.9.9) that forwards each client's address.
const from = (ip: string, headers: Record<string, string> = {}) => ({
  "x-peer-address": "10.9.9.9",
  "x-forwarded-for": ip,
  ...headers,
});
const evaluateFrom = (ip: string, headers: Record<string, string> = {}) =>
  POST(postJson("/evaluate", JSON.stringify(EXAMPLE_EVALUATE_REQUEST), from(ip, headers)));

describe("requests per client IP and minute", () => {
  it(`the limit comes from API_RATE_LIMIT_PER_MINUTE (here ${LIMIT}); then 429 with Retry-After and a problem body`, async () => {
    for (let i = 0; i < LIMIT; i++) {
      const ok = await evaluateFrom("203.0.113.7");
      expect(ok.status).toBe(200);
      expect(ok.headers.get("ratelimit-limit")).toBe(String(LIMIT));
      expect(ok.headers.get("ratelimit-remaining")).toBe(String(LIMIT - 1 - i));
    }
    const limited = await evaluateFrom("203.0.113.7");
    const problem = await expectProblem(limited, 429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(problem.title).toBe("请求过于频繁");
    expect(problem.detail).toContain(`${retryAfter} 秒`);
  });

  it("429 is explained in English with Accept-Language: en", async () => {
    for (let i = 0; i < LIMIT; i++) await evaluateFrom("203.0.113.8");
    const problem = await expectProblem(
      await evaluateFrom("203.0.113.8", { "accept-language": "en" }),
      429,
    );
    expect(problem.title).toBe("Too many requests");
  });

  it("counts each client separately", async () => {
    for (let i = 0; i < LIMIT; i++) await evaluateFrom("203.0.113.9");
    expect((await evaluateFrom("203.0.113.9")).status).toBe(429);
    expect((await evaluateFrom("198.51.100.1")).status).toBe(200);
  });

  it("one count across all endpoints of the API", async () => {
    await listPolicies(get("/policies", from("203.0.113.10")));
    await listPolicies(get("/policies", from("203.0.113.10")));
    await evaluateFrom("203.0.113.10");
    await expectProblem(await listPolicies(get("/policies", from("203.0.113.10"))), 429);
  });

  it("bad requests count too", async () => {
    for (let i = 0; i < LIMIT; i++) await POST(postJson("/evaluate", "{", from("203.0.113.11")));
    await expectProblem(await evaluateFrom("203.0.113.11"), 429);
  });
});

describe("rateLimitPerMinute", () => {
  it.each([
    [undefined, DEFAULT_RATE_LIMIT_PER_MINUTE],
    ["", DEFAULT_RATE_LIMIT_PER_MINUTE],
    ["120", 120],
    [" 5 ", 5],
    ["0", DEFAULT_RATE_LIMIT_PER_MINUTE],
    ["-1", DEFAULT_RATE_LIMIT_PER_MINUTE],
    ["1.5", DEFAULT_RATE_LIMIT_PER_MINUTE],
    ["many", DEFAULT_RATE_LIMIT_PER_MINUTE],
  ])("%j → %i", (value, expected) => {
    expect(rateLimitPerMinute({ API_RATE_LIMIT_PER_MINUTE: value })).toBe(expected);
  });
  it("the default is 600 a minute", () => {
    expect(DEFAULT_RATE_LIMIT_PER_MINUTE).toBe(600);
  });
});

describe("servedByCluster", () => {
  it("is false outside a worker of scripts/serve.mjs, whatever the environment says", () => {
    // The worker case is tested end to end: tests/integration/multi-instance/workers.test.ts.
    expect(servedByCluster({ API_RATE_LIMIT_STORE: "cluster" })).toBe(false);
    expect(servedByCluster({})).toBe(false);
  });
});

describe("the limiter interface", () => {
  it("the process-wide limiter is created once from the environment", () => {
    expect(apiRateLimiter().limit).toBe(LIMIT);
    expect(apiRateLimiter()).toBe(apiRateLimiter());
  });

  it("another store can replace the memory one (as a database-backed store will)", async () => {
    const shared = memoryRateLimiter(1);
    setApiRateLimiter(shared);
    expect((await evaluateFrom("192.0.2.1")).status).toBe(200);
    expect((await evaluateFrom("192.0.2.1")).status).toBe(429);
  });

  it("a failing store lets requests through and logs, rather than refusing everyone", async () => {
    const broken = new RateLimiterMemory({ points: 1, duration: 60 });
    broken.consume = () => Promise.reject(new Error("database unavailable"));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const decision = await flexibleRateLimiter(broken).hit("x");
    expect(decision.allowed).toBe(true);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
