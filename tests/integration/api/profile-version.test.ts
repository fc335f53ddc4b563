import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { postJson, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

const file = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const v1 = file("tests/fixtures/profiles-v1/software-platform-company.json");
const v2 = file("examples/software-platform-company.json");
const post = (profile: unknown, round = 2026) =>
  POST(postJson("/evaluate", JSON.stringify({ profile, round })));

describe("POST /api/v1/evaluate with profile version 1 (deprecated) and 2", () => {
  it("accepts version 1, upgrades it and says it is deprecated (RFC 9745 Deprecation, since 2026-12-06, and a link)", async () => {
    const res = await post(v1);
    expect(res.status).toBe(200);
    expect(res.headers.get("Deprecation")).toBe(`@${Date.UTC(2026, 11, 6) / 1000}`);
    expect(res.headers.get("Link")).toContain('rel="deprecation"');
  });

  it("gives version 1 and version 2 of the same enterprise the same result (software: 2025 revenue 1,200,000,000 in the 2026 round)", async () => {
    const [a, b] = await Promise.all([post(v1), post(v2)]);
    expect(b.headers.get("Deprecation")).toBeNull();
    const [ra, rb] = [await a.json(), await b.json()];
    expect(ra).toEqual(rb);
    expect(rb.round).toEqual({ year: 2026, eventYear: 2025 });
    expect(rb.totals.overall.max).toBeGreaterThan(0);
  });

  it("refuses a version-1 profile whose figures have no year only when no round places them: the round at hand does", async () => {
    const bare = { version: 1, enterprise: {}, finance: { current: { revenue: 5 } } };
    expect((await post(bare, 2026)).status).toBe(200);
  });

  it("refuses a version-1 reporting year outside 2000–2100 (1999), naming it", async () => {
    const res = await post({ version: 1, enterprise: { reportingYear: 1999 } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({ path: "profile.enterprise.reportingYear" });
    expect(body.errors[0].message).toContain("2000 至 2100");
  });

  it("refuses a year key that is not a year, naming it in the user's language", async () => {
    const res = await POST(
      postJson(
        "/evaluate",
        JSON.stringify({ profile: { enterprise: {}, finance: { 去年: { revenue: 5 } } } }),
      ),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("finance");
  });
});
