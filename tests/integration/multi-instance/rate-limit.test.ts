// The API's rate limit is counted in PostgreSQL when DATABASE_URL is postgresql://, so a client
// gets the limit once in all, not once per instance.
import { describe, expect, it } from "vitest";
import { MULTI_API_LIMIT } from "./urls";
import { newAddress, servers } from "./support";

const [A, B] = servers();

const policies = (base: string, address: string) =>
  fetch(`${base}/api/v1/policies`, { headers: { "x-forwarded-for": address } });

describe(`the API rate limit (${MULTI_API_LIMIT} a minute) across two instances`, () => {
  it("counts a client's requests to both instances together", async () => {
    const address = newAddress();
    const statuses: number[] = [];
    const remaining: number[] = [];
    for (let i = 0; i < MULTI_API_LIMIT + 6; i++) {
      const response = await policies(i % 2 === 0 ? A : B, address);
      statuses.push(response.status);
      if (response.status === 200)
        remaining.push(Number(response.headers.get("ratelimit-remaining")));
      await response.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(MULTI_API_LIMIT);
    expect(statuses.slice(MULTI_API_LIMIT).every((s) => s === 429)).toBe(true);
    // One count: the remaining allowance goes down by one per request, whichever instance answered.
    expect(remaining).toEqual(
      Array.from({ length: MULTI_API_LIMIT }, (_, i) => MULTI_API_LIMIT - 1 - i),
    );
  });

  it("admits exactly the limit when the requests arrive at once on both", async () => {
    const address = newAddress();
    const responses = await Promise.all(
      Array.from({ length: MULTI_API_LIMIT + 10 }, (_, i) =>
        policies(i % 2 === 0 ? A : B, address),
      ),
    );
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(MULTI_API_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    const limited = responses.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("another client still has its own allowance", async () => {
    const response = await policies(B, newAddress());
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("ratelimit-remaining"))).toBe(MULTI_API_LIMIT - 1);
  });
});
