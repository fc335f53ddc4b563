import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { POLICY_KEYS } from "@/lib/engine/types";
import { resolveFact } from "@/lib/profile/facts";
import { ALL_CLAUSES, POLICY_RULES, clauseHeading, findClause, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";

type CatalogueClause = {
  id: string;
  policy: string;
  page: number;
  beneficiary: string;
  text: string;
};
const catalogue = JSON.parse(
  readFileSync(new URL("../../docs/policies/catalogue.json", import.meta.url), "utf8"),
) as {
  policies: { key: string; file: string; effectiveFrom: string; effectiveTo: string }[];
  clauses: CatalogueClause[];
};
const catalogueById = new Map(catalogue.clauses.map((c) => [c.id, c]));
const squash = (s: string) => s.replace(/<!--\s*page\s*\d+\s*-->/g, "").replace(/[\s\u3000]+/g, "");
const policyText = Object.fromEntries(
  catalogue.policies.map((p) => [
    p.key,
    squash(readFileSync(new URL(`../../docs/policies/${p.file}`, import.meta.url), "utf8")),
  ]),
);

describe("the rules registry", () => {
  it("holds the nine policies with the catalogue's validity dates", () => {
    expect(POLICY_RULES.map((p) => p.policy.key)).toEqual([...POLICY_KEYS]);
    for (const p of catalogue.policies) {
      const rules = POLICY_RULES.find((r) => r.policy.key === p.key)!;
      expect(rules.policy.validity).toEqual({ from: p.effectiveFrom, to: p.effectiveTo });
    }
  });

  it("has no clause id twice and no id the catalogue does not know", () => {
    const ids = ALL_CLAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(catalogueById.has(id), id).toBe(true);
  });

  describe.each(ALL_CLAUSES.map((c) => [c.id, c] as const))("%s", (id, clause) => {
    const cat = catalogueById.get(id)!;
    it("cites its policy, page, heading, lead department and beneficiary", () => {
      expect(clause.policy).toBe(id.split("/")[0]);
      expect(clause.page).toBeGreaterThan(0);
      expect(clause.heading.length).toBeGreaterThan(0);
      expect(clause.leadDepartment).toMatch(/\S/);
      expect(clause.beneficiary).toBe(cat.beneficiary);
      expect(clause.summary.zh.length * clause.summary.en.length).toBeGreaterThan(0);
    });
    it("quotes the policy text verbatim", () => {
      expect(policyText[clause.policy]).toContain(squash(clause.text));
    });
    it("has an amount function exactly when its kind pays money", () => {
      const pays = clause.kind === "formula" || clause.kind === "fixed" || clause.kind === "up-to";
      expect(typeof clause.amount === "function").toBe(pays);
    });
    it("reads only facts the profile schema defines", () => {
      for (const path of clause.reads) expect(resolveFact(path), path).toBeDefined();
      if (clause.items) expect(resolveFact(clause.items.path), clause.items.path).toBeDefined();
    });
    it("keeps its own validity inside its policy's", () => {
      const policy = POLICY_RULES.find((p) => p.policy.key === clause.policy)!.policy.validity;
      if (clause.validity?.from) expect(clause.validity.from >= policy.from).toBe(true);
      if (clause.validity?.to) expect(clause.validity.to <= policy.to).toBe(true);
    });
  });

  it("every article heading has an English rendering, and no rendering is left over", () => {
    for (const rules of POLICY_RULES) {
      const headings = new Set(rules.clauses.map((c) => c.heading));
      const english = rules.headingsEn ?? {};
      for (const heading of headings) {
        const en = english[heading];
        expect(en, `${rules.policy.key}: ${heading}`).toMatch(/^[A-Z]/);
        expect(en, `${rules.policy.key}: ${heading}`).not.toMatch(/[\u3400-\u9fff]/);
      }
      expect(Object.keys(english).filter((h) => !headings.has(h))).toEqual([]);
    }
    const ward = findClause("biomedicine/8-a")!;
    expect(clauseHeading(ward, "zh")).toBe("加强临床研究成果转化激励");
    expect(clauseHeading(ward, "en")).toBe("Rewarding the translation of clinical research");
  });

  it("every fact a condition asks for exists in the profile schema", () => {
    const asked = new Set<string>();
    for (const profile of fc.sample(arbitraryProfile, { numRuns: 300, seed: 7 })) {
      const r = evaluate(registry, profile, roundOn("2025-06-30"), { policies: POLICY_KEYS });
      for (const c of r.clauses) {
        for (const q of c.questions) asked.add(q);
        for (const it of c.items)
          for (const cond of it.conditions) for (const f of cond.facts) asked.add(f);
      }
    }
    for (const path of asked) expect(resolveFact(path), path).toBeDefined();
  });
});
