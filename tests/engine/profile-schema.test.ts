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
      finance: { current: { revenue: -5 } },
      projects: [{ id: "p", name: "n", eligibleInvestment: "abc" }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
    expect(byPath["finance.current.revenue"]?.label).toBe("本年度营业收入");
    expect(byPath["finance.current.revenue"]?.message).toMatch(/过小/);
    expect(byPath["projects.0.eligibleInvestment"]?.message).toMatch(/数字/);
    expect(byPath["enterprise.industries.0"]).toBeDefined();
  });

  it("explains in English when asked", () => {
    const r = parseProfile({ enterprise: {}, finance: { current: { revenue: -5 } } }, "en");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatchObject({
        label: "Revenue, this year",
        path: "finance.current.revenue",
      });
  });

  it("refuses absurd sizes and unknown keys", () => {
    expect(parseProfile({ enterprise: {}, finance: { current: { revenue: 1e20 } } }).ok).toBe(
      false,
    );
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
