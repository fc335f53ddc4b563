import { describe, expect, it } from "vitest";
import { resolveFact } from "@/lib/profile/facts";
import { findClause } from "@/rules";
import { integratedCircuits } from "@/rules/integrated-circuits";

const CATALOGUE_IDS = [
  "1-a",
  "1-b",
  "1-c",
  "1-d",
  "2",
  "3",
  "4-a",
  "4-b",
  "4-c",
  "5",
  "6",
  "7",
  "9",
  "10-a",
  "10-b",
  "11",
  "12-a",
  "12-b",
  "13-a",
  "13-b",
  "s4.2",
  "s5.2-a",
  "s5.2-b",
].map((n) => `integrated-circuits/${n}`);

describe("integrated-circuits rules", () => {
  it("encode the 23 catalogue clauses in catalogue order, all in the registry", () => {
    expect(integratedCircuits.clauses.map((c) => c.id)).toEqual(CATALOGUE_IDS);
    for (const id of CATALOGUE_IDS) expect(findClause(id)?.policy).toBe("integrated-circuits");
  });

  it("every clause quotes its text, names its lead department and lies on pages 20–23", () => {
    for (const c of integratedCircuits.clauses) {
      expect(c.text.length, c.id).toBeGreaterThan(15);
      expect(c.leadDepartment, c.id).toMatch(/^市/);
      expect(c.page, c.id).toBeGreaterThanOrEqual(20);
      expect(c.page, c.id).toBeLessThanOrEqual(23);
    }
  });

  it("every profile path a clause reads exists in the profile schema", () => {
    const missing = integratedCircuits.clauses.flatMap((c) =>
      c.reads.filter((p) => !resolveFact(p)).map((p) => `${c.id}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("monetary clauses have an amount; unspecified and non-monetary ones have none", () => {
    for (const c of integratedCircuits.clauses) {
      const monetary = c.kind !== "unspecified" && c.kind !== "non-monetary";
      expect(typeof c.amount === "function", c.id).toBe(monetary);
    }
  });

  it("the 30% ceiling is an item-scope cap group over the project clauses and over the platform clauses", () => {
    expect(integratedCircuits.capGroups?.map((g) => [g.clauses, g.scope, typeof g.cap])).toEqual([
      [
        ["integrated-circuits/4-a", "integrated-circuits/4-b", "integrated-circuits/4-c"],
        "item",
        "function",
      ],
      [["integrated-circuits/13-a", "integrated-circuits/13-b"], "item", "function"],
    ]);
  });
});
