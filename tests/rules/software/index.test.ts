import { describe, expect, it } from "vitest";
import { resolveFact } from "@/lib/profile/facts";
import { findClause } from "@/rules";
import { software } from "@/rules/software";

const CATALOGUE_IDS = [
  "1-a",
  "1-b",
  "1-c",
  "2-a",
  "2-b",
  "3",
  "4-a",
  "4-b",
  "4-c",
  "4-d",
  "5",
  "6-a",
  "6-b",
  "7-a",
  "7-b",
  "8-a",
  "8-b",
  "9",
  "10-a",
  "10-b",
  "10-c",
].map((n) => `software/${n}`);

describe("software rules", () => {
  it("encode the 21 catalogue clauses in catalogue order, all in the registry", () => {
    expect(software.clauses.map((c) => c.id)).toEqual(CATALOGUE_IDS);
    for (const id of CATALOGUE_IDS) expect(findClause(id)?.policy).toBe("software");
  });

  it("every clause quotes its text, names its lead department and lies on pages 24–26", () => {
    for (const c of software.clauses) {
      expect(c.text.length, c.id).toBeGreaterThan(20);
      expect(c.leadDepartment, c.id).toMatch(/^市/);
      expect(c.page, c.id).toBeGreaterThanOrEqual(24);
      expect(c.page, c.id).toBeLessThanOrEqual(26);
    }
  });

  it("every profile path a clause reads exists in the profile schema", () => {
    const missing = software.clauses.flatMap((c) =>
      c.reads.filter((p) => !resolveFact(p)).map((p) => `${c.id}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it("monetary clauses have an amount; unspecified and non-monetary ones have none", () => {
    for (const c of software.clauses) {
      const monetary = c.kind !== "unspecified" && c.kind !== "non-monetary";
      expect(typeof c.amount === "function", c.id).toBe(monetary);
    }
  });

  it("enterprise clauses check the policy's scope (a qualified software enterprise)", () => {
    for (const c of software.clauses.filter((x) => x.beneficiary === "enterprise")) {
      expect(c.reads, c.id).toContain("software.qualifiedSoftwareEnterprise");
    }
  });
});
