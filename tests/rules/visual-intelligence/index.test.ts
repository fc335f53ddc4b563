import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveFact } from "@/lib/profile/facts";
import { visualIntelligence } from "@/rules/visual-intelligence";

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
const listed = catalogue.clauses.filter((c) => c.policy === "visual-intelligence");
/** The policy text without the compilation's page markers, which fall inside sentences. */
const policyText = readFileSync("../shared/policies/08-visual-intelligence.md", "utf8").replace(
  /\n\n<!-- page \d+ -->\n\n/g,
  "",
);
const clauses = visualIntelligence.clauses;

/** Where the text differs from the catalogue, the text wins. */
const TEXT_OVER_CATALOGUE: Record<string, Partial<CatalogueClause>> = {
  // 按要求给予配套补助: the ratio the higher level prescribes is known to the applicant, so the amount is computed.
  "visual-intelligence/7-a": { kind: "formula" },
  // 按规定给予最高 1亿元: a ceiling, not a fixed sum.
  "visual-intelligence/9-a": { kind: "up-to" },
};

describe("visual-intelligence rules against the catalogue and the text", () => {
  it("encodes every catalogue clause once, in catalogue order", () => {
    expect(clauses.map((c) => c.id)).toEqual(listed.map((c) => c.id));
  });

  it.each(clauses.map((c) => [c.id, c] as const))(
    "%s keeps the catalogue's article, page, heading, beneficiary and kind",
    (id, clause) => {
      const entry = { ...listed.find((c) => c.id === id)!, ...TEXT_OVER_CATALOGUE[id] };
      expect(clause.policy).toBe("visual-intelligence");
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
      expect(clause.text).toMatch(new RegExp(`\\(${clause.leadDepartment}[、)]`));
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
