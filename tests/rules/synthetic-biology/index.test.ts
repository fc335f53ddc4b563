import { describe, expect, it } from "vitest";
import { resolveFact } from "@/lib/profile/facts";
import { findClause } from "@/rules";
import { syntheticBiology } from "@/rules/synthetic-biology";

const CATALOGUE_IDS = [
  "1",
  "2",
  "3-a",
  "3-b",
  "6-a",
  "6-b",
  "6-c",
  "7-a",
  "7-b",
  "8-a",
  "8-b",
  "9-a",
  "9-b",
  "10-a",
  "10-b",
  "11",
  "12-a",
  "12-b",
  "13-a",
  "13-b",
  "14",
  "15-a",
  "15-b",
  "16",
  "18-a",
  "18-b",
].map((n) => `synthetic-biology/${n}`);

describe("synthetic-biology rules", () => {
  it("encode the 26 catalogue clauses in catalogue order, all in the registry", () => {
    expect(syntheticBiology.clauses.map((c) => c.id)).toEqual(CATALOGUE_IDS);
    for (const id of CATALOGUE_IDS) expect(findClause(id)?.policy).toBe("synthetic-biology");
  });

  it("every clause quotes its text, names its lead department and lies on pages 38–41", () => {
    for (const c of syntheticBiology.clauses) {
      expect(c.text.length, c.id).toBeGreaterThan(20);
      expect(c.leadDepartment, c.id).toMatch(/^市/);
      expect(c.page, c.id).toBeGreaterThanOrEqual(38);
      expect(c.page, c.id).toBeLessThanOrEqual(41);
    }
  });

  it("every profile path a clause reads exists in the profile schema", () => {
    const missing = syntheticBiology.clauses.flatMap((c) =>
      c.reads.filter((p) => !resolveFact(p)).map((p) => `${c.id}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("monetary clauses have an amount; unspecified and non-monetary ones have none", () => {
    for (const c of syntheticBiology.clauses) {
      const monetary = c.kind !== "unspecified" && c.kind !== "non-monetary";
      expect(typeof c.amount === "function", c.id).toBe(monetary);
    }
  });

  it("the shared yearly caps of articles 8 and 9 are enterprise-scope cap groups of 1,000,000 and 3,000,000", () => {
    expect(syntheticBiology.capGroups?.map((g) => [g.clauses, g.scope, g.cap])).toEqual([
      [["synthetic-biology/8-a", "synthetic-biology/8-b"], "enterprise", 1_000_000],
      [["synthetic-biology/9-a", "synthetic-biology/9-b"], "enterprise", 3_000_000],
    ]);
  });
});
