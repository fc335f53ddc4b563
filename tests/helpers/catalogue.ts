import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { AnyClause, PolicyRules } from "@/lib/engine/types";
import { findClause } from "@/rules";

/**
 * Checks of one policy's rules against the catalogue (docs/policies/catalogue.json, a copy of ../shared/policies) and its
 * text, beyond what tests/rules/registry.test.ts checks for every clause.
 */

export type CatalogueClause = {
  id: string;
  policy: string;
  article: string;
  page: number;
  heading: string;
  beneficiary: string;
  kind: string;
  text: string;
};

const catalogue = JSON.parse(readFileSync("docs/policies/catalogue.json", "utf8")) as {
  clauses: CatalogueClause[];
};

const byId = (clauses: readonly AnyClause[]) => clauses.map((c) => [c.id, c] as const);

/**
 * The clauses encode the catalogue's entries in its order, each keeping the catalogue's article,
 * page, heading, beneficiary and kind (unless the text says otherwise: `textOverCatalogue`), quote
 * the text verbatim, name the lead department the text names first, and pay exactly when their
 * kind states an amount.
 */
export function itFollowsTheCatalogue(
  rules: PolicyRules,
  o: {
    /** The policy file under docs/policies. */
    readonly file: string;
    /** How the text names the lead department of a measure. */
    readonly lead: (department: string) => RegExp;
    /** Where the text differs from the catalogue, the text wins. */
    readonly textOverCatalogue?: Readonly<Record<string, Partial<CatalogueClause>>>;
  },
): void {
  const policy = rules.policy.key;
  const listed = catalogue.clauses.filter((c) => c.policy === policy);
  // The policy text without the compilation's page markers, which fall inside sentences.
  const policyText = readFileSync(`docs/policies/${o.file}`, "utf8").replace(
    /\n\n<!-- page \d+ -->\n\n/g,
    "",
  );
  const clauses = rules.clauses;

  it("encodes every catalogue clause once, in catalogue order", () => {
    expect(clauses.map((c) => c.id)).toEqual(listed.map((c) => c.id));
  });

  it.each(byId(clauses))(
    "%s keeps the catalogue's article, page, heading, beneficiary and kind",
    (id, clause) => {
      const entry = { ...listed.find((c) => c.id === id)!, ...o.textOverCatalogue?.[id] };
      expect(clause.policy).toBe(policy);
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

  it.each(byId(clauses))(
    "%s quotes the policy verbatim, including the catalogue's wording",
    (_id, clause) => {
      const entry = listed.find((c) => c.id === clause.id)!;
      expect(policyText).toContain(clause.text);
      expect(clause.text.includes(entry.text) || entry.text.includes(clause.text)).toBe(true);
    },
  );

  it.each(byId(clauses))(
    "%s names as lead the department listed first for its measure",
    (_id, clause) => {
      expect(clause.text).toMatch(o.lead(clause.leadDepartment));
    },
  );

  it.each(byId(clauses))(
    "%s has an amount function exactly when its kind pays a stated amount",
    (_id, clause) => {
      const paysAmount = clause.kind !== "unspecified" && clause.kind !== "non-monetary";
      expect(typeof clause.amount === "function").toBe(paysAmount);
      if (!paysAmount) expect(clause.needs).toBeDefined();
    },
  );
}

/**
 * The clauses are the catalogue's `ids` in catalogue order, all in the registry; each quotes its
 * text, names a city lead department and lies on the policy's pages.
 */
export function itEncodesTheListedClauses(
  rules: PolicyRules,
  o: {
    readonly ids: readonly string[];
    readonly pages: readonly [number, number];
    /** The shortest passage a clause quotes. */
    readonly minTextLength: number;
  },
): void {
  const policy = rules.policy.key;
  const [first, last] = o.pages;

  it(`encode the ${o.ids.length} catalogue clauses in catalogue order, all in the registry`, () => {
    expect(rules.clauses.map((c) => c.id)).toEqual(o.ids);
    for (const id of o.ids) expect(findClause(id)?.policy).toBe(policy);
  });

  it(`every clause quotes its text, names its lead department and lies on pages ${first}–${last}`, () => {
    for (const c of rules.clauses) {
      expect(c.text.length, c.id).toBeGreaterThan(o.minTextLength);
      expect(c.leadDepartment, c.id).toMatch(/^市/);
      expect(c.page, c.id).toBeGreaterThanOrEqual(first);
      expect(c.page, c.id).toBeLessThanOrEqual(last);
    }
  });
}
