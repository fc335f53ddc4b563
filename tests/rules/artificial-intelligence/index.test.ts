import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveFact } from "@/lib/profile/facts";
import { artificialIntelligence } from "@/rules/artificial-intelligence";

type CatalogueClause = {
  id: string;
  policy: string;
  article: string;
  page: number;
  heading: string;
  beneficiary: string;
  kind: string;
  text: string;
};

const catalogue = JSON.parse(readFileSync("../shared/policies/catalogue.json", "utf8")) as {
  clauses: CatalogueClause[];
};
const listed = catalogue.clauses.filter((c) => c.policy === "artificial-intelligence");
/** The policy text without the compilation's page markers, which fall inside sentences. */
const policyText = readFileSync("../shared/policies/07-artificial-intelligence.md", "utf8").replace(
  /\n\n<!-- page \d+ -->\n\n/g,
  "",
);
const clauses = artificialIntelligence.clauses;

describe("artificial-intelligence rules against the catalogue and the text", () => {
  it("encodes every catalogue clause once, in catalogue order", () => {
    expect(clauses.map((c) => c.id)).toEqual(listed.map((c) => c.id));
  });

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s keeps the catalogue's article, page, heading, beneficiary and kind",
    (id, clause) => {
      const entry = listed.find((c) => c.id === id)!;
      expect(clause.policy).toBe("artificial-intelligence");
      expect({
        article: clause.article,
        page: clause.page,
        heading: clause.heading,
        beneficiary: clause.beneficiary,
        kind: clause.kind,
      }).toEqual({
        article: entry.article,
        page: entry.page,
        heading: entry.heading,
        beneficiary: entry.beneficiary,
        kind: entry.kind,
      });
    },
  );

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s quotes the policy verbatim, including the catalogue's wording",
    (_id, clause) => {
      const entry = listed.find((c) => c.id === clause.id)!;
      expect(policyText).toContain(clause.text);
      expect(clause.text.includes(entry.text) || entry.text.includes(clause.text)).toBe(true);
    },
  );

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s names as lead the department listed first for its measure",
    (_id, clause) => {
      expect(clause.text).toMatch(new RegExp(`责任单位:${clause.leadDepartment}[、)\\]]`));
    },
  );

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s reads only facts the profile has",
    (_id, clause) => {
      expect(clause.reads.filter((path: string) => !resolveFact(path))).toEqual([]);
    },
  );

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s has an amount function exactly when its kind pays a stated amount",
    (_id, clause) => {
      const paysAmount = clause.kind !== "unspecified" && clause.kind !== "non-monetary";
      expect(typeof clause.amount === "function").toBe(paysAmount);
      if (!paysAmount) expect(clause.needs).toBeDefined();
    },
  );
});
