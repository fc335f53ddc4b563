import { describe, expect, it } from "vitest";
import { syntheticBiology } from "@/rules/synthetic-biology";
import { itEncodesTheListedClauses } from "@/tests/helpers/catalogue";

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
  itEncodesTheListedClauses(syntheticBiology, {
    ids: CATALOGUE_IDS,
    pages: [38, 41],
    minTextLength: 20,
  });

  it("the shared yearly caps of articles 8 and 9 are enterprise-scope cap groups of 1,000,000 and 3,000,000", () => {
    expect(syntheticBiology.capGroups?.map((g) => [g.clauses, g.scope, g.cap])).toEqual([
      [["synthetic-biology/8-a", "synthetic-biology/8-b"], "enterprise", 1_000_000],
      [["synthetic-biology/9-a", "synthetic-biology/9-b"], "enterprise", 3_000_000],
    ]);
  });
});
