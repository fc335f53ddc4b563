import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { setApiRateLimiter } from "@/lib/api/rate-limit";
import { postJson } from "@/tests/integration/api/support";

// Issue 20, item 3: rotating X-Forwarded-For reset the API rate limit, the per-address login
// throttle and the address lock, because the header was believed without a trusted proxy.

const LIMIT = 3;
beforeEach(() => {
  vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", String(LIMIT));
  vi.stubEnv("TRUSTED_PROXY", "");
  setApiRateLimiter(undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  setApiRateLimiter(undefined);
});

const evaluate = (peer: string, forwarded: string) =>
  POST(
    postJson("/evaluate", JSON.stringify(EXAMPLE_EVALUATE_REQUEST), {
      "x-peer-address": peer,
      "x-forwarded-for": forwarded,
    }),
  );

describe("the API rate limit counts the socket's address, not X-Forwarded-For", () => {
  it(`a client rotating X-Forwarded-For still gets 429 after ${LIMIT} requests`, async () => {
    for (let i = 0; i < LIMIT; i++)
      expect((await evaluate("198.51.100.9", `6.6.6.${i}`)).status).toBe(200);
    expect((await evaluate("198.51.100.9", "6.6.6.99")).status).toBe(429);
    // Another socket address has its own count.
    expect((await evaluate("198.51.100.10", "6.6.6.99")).status).toBe(200);
  });

  it("behind a trusted proxy, each forwarded client has its own count", async () => {
    vi.stubEnv("TRUSTED_PROXY", "10.0.0.1");
    setApiRateLimiter(undefined);
    for (let i = 0; i < LIMIT; i++)
      expect((await evaluate("10.0.0.1", "203.0.113.1")).status).toBe(200);
    expect((await evaluate("10.0.0.1", "203.0.113.1")).status).toBe(429);
    expect((await evaluate("10.0.0.1", "203.0.113.2")).status).toBe(200);
  });
});
