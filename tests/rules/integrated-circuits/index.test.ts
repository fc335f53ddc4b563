import { describe, expect, it } from "vitest";
import { integratedCircuits } from "@/rules/integrated-circuits";
import { itEncodesTheListedClauses } from "@/tests/helpers/catalogue";

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
  itEncodesTheListedClauses(integratedCircuits, {
    ids: CATALOGUE_IDS,
    pages: [20, 23],
    minTextLength: 15,
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
