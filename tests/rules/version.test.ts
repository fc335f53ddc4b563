import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { percent } from "@/lib/engine/money";
import type { PolicyRules } from "@/lib/engine/types";
import { POLICY_RULES, registry } from "@/rules";
import { RULES_CHANGELOG } from "@/rules/changelog";
import { rulesVersionOf } from "@/rules/version";
import {
  GENERATED,
  currentLogicHash,
  generatedSource,
  logicFiles,
  logicHash,
} from "@/scripts/rules-version";

const sources = new Map(logicFiles().map((p) => [p, readFileSync(p, "utf8")]));
const RULE_FILE = "rules/biomedicine/industrialisation.ts";
const edited = (from: string, to: string) => {
  const source = sources.get(RULE_FILE)!;
  expect(source).toContain(from);
  return new Map(sources).set(RULE_FILE, source.replace(from, to));
};

describe("the rules version", () => {
  it(`follows the rule modules and engine (else run \`npm run rules:version\` and commit ${GENERATED})`, () => {
    expect(readFileSync(GENERATED, "utf8")).toBe(generatedSource(currentLogicHash()));
  });

  it("covers the rule modules and the engine, not the changelog", () => {
    expect(logicFiles()).toContain(RULE_FILE);
    expect(logicFiles()).toContain("lib/engine/calc.ts");
    expect(logicFiles()).not.toContain("rules/changelog.ts");
    expect(logicFiles()).not.toContain(GENERATED);
  });

  it("changes when a rate, a condition or a formula changes in the source", () => {
    const base = logicHash(sources);
    // biomedicine/12-a: 30% of the actual investment → 31%.
    const rate = logicHash(edited("percent(30), t(", "percent(31), t("));
    // The 2000 万元 threshold compared with ≥ → compared with >.
    const condition = logicHash(edited("atLeast(", "above("));
    expect(new Set([base, rate, condition]).size).toBe(3);
    expect(rulesVersionOf(POLICY_RULES, rate)).not.toBe(rulesVersionOf(POLICY_RULES, base));
  });

  it("does not change with comments or formatting", () => {
    const base = logicHash(sources);
    expect(logicHash(edited("params: {", "// a remark\n  params:   {"))).toBe(base);
  });

  it("changes when one rate of the loaded rules changes (biomedicine/12-a: 30% → 31%)", () => {
    const changed: PolicyRules[] = POLICY_RULES.map((p) => ({
      ...p,
      clauses: p.clauses.map((c) =>
        c.id === "biomedicine/12-a" ? { ...c, params: { ...c.params, rate: percent(31) } } : c,
      ),
    }));
    expect(POLICY_RULES.flatMap((p) => p.clauses).some((c) => c.id === "biomedicine/12-a")).toBe(
      true,
    );
    expect(rulesVersionOf(changed)).not.toBe(registry.version);
    expect(rulesVersionOf(POLICY_RULES)).toBe(registry.version);
  });
});

describe("the rules changelog", () => {
  it(`has an entry for the current version ${registry.version}, newest first (add it to rules/changelog.ts)`, () => {
    expect(RULES_CHANGELOG[0]?.version).toBe(registry.version);
  });

  it("names each version once, with a date and changes in both languages", () => {
    const versions = RULES_CHANGELOG.map((e) => e.version);
    expect(new Set(versions).size).toBe(versions.length);
    const dates = RULES_CHANGELOG.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const entry of RULES_CHANGELOG) {
      expect(entry.version).toMatch(/^\d{4}\.\d{2}\+[0-9a-f]{8}$/);
      expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.changes.length).toBeGreaterThan(0);
      for (const change of entry.changes) {
        expect(change.zh.trim()).not.toBe("");
        expect(change.en.trim()).not.toBe("");
      }
    }
  });
});
