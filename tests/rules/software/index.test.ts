import { describe, expect, it } from "vitest";
import { software } from "@/rules/software";
import { itEncodesTheListedClauses } from "@/tests/helpers/catalogue";

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
  itEncodesTheListedClauses(software, {
    ids: CATALOGUE_IDS,
    pages: [24, 26],
    minTextLength: 20,
  });

  it("enterprise clauses check the policy's scope (a qualified software enterprise)", () => {
    for (const c of software.clauses.filter((x) => x.beneficiary === "enterprise")) {
      expect(c.reads, c.id).toContain("software.qualifiedSoftwareEnterprise");
    }
  });
});
