import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileJsonSchema } from "@/lib/profile/json-schema";
import { parseProfile } from "@/lib/profile/parse";

describe("profile schema", () => {
  it("docs/profile.schema.json is current (run `npm run schema:gen` after changing the profile)", () => {
    const committed = JSON.parse(readFileSync("docs/profile.schema.json", "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(profileJsonSchema())));
  });

  it("explains a negative amount, text in a number and an unknown industry in Chinese", () => {
    const r = parseProfile({
      enterprise: { industries: ["x"] },
      finance: { 2025: { revenue: -5 } },
      projects: [{ id: "p", name: "n", eligibleInvestment: "abc" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(byPath["finance.2025.revenue"]?.label).toBe("2025 年营业收入");
    expect(byPath["finance.2025.revenue"]?.message).toMatch(/过小/);
    expect(byPath["projects.0.eligibleInvestment"]?.message).toMatch(/数字/);
    expect(byPath["enterprise.industries.0"]).toBeDefined();
  });

  it("explains in English when asked", () => {
    const r = parseProfile({ enterprise: {}, finance: { 2025: { revenue: -5 } } }, "en");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({ label: "Revenue, 2025", path: "finance.2025.revenue" });
  });

  it("a version-1 profile's “本年度” figures are explained under the year they are filed in", () => {
    const v1 = { version: 1, enterprise: {}, finance: { current: { revenue: -5 } } };
    const r = parseProfile(v1, "zh", { eventYear: 2025 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ label: "2025 年营业收入" });
    // Without a round to place them, the figures' year is asked for instead of guessed.
    const unplaced = parseProfile(v1, "zh");
    expect(unplaced.ok).toBe(false);
    if (!unplaced.ok) expect(unplaced.problems[0]?.message).toContain("没有注明年份");
  });

  it("refuses a year that is not a year and more years than any comparison needs (30)", () => {
    expect(parseProfile({ enterprise: {}, finance: { "20x5": { revenue: 1 } } }).ok).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [2000 + i, {}]));
    expect(parseProfile({ enterprise: {}, finance: many }).ok).toBe(false);
    expect(parseProfile({ enterprise: {}, finance: { 2030: {} } }).ok).toBe(true);
  });

  it("refuses absurd sizes and unknown keys", () => {
    expect(parseProfile({ enterprise: {}, finance: { 2025: { revenue: 1e20 } } }).ok).toBe(false);
    expect(parseProfile({ enterprise: {}, hacker: true }).ok).toBe(false);
    expect(
      parseProfile({
        enterprise: {},
        projects: Array.from({ length: 51 }, (_, i) => ({ id: `p${i}`, name: "n" })),
      }).ok,
    ).toBe(false);
  });

  it("accepts a minimal profile and fills the defaults", () => {
    const r = parseProfile({ enterprise: {} });
    expect(r.ok && r.profile.enterprise.roles).toEqual(["enterprise"]);
  });
});
