import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import type { AnyClause, PolicyKey } from "@/lib/engine/types";
import { profileSchema } from "@/lib/profile/schema";
import { ALL_CLAUSES, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";

/**
 * Readings rule 2, applied the same way to the same wording in every policy (issue 14, item 7).
 * Each paying clause's text is classified, and its estimates must have the shape the class gives:
 * - the policy says its standards are 均为最高标准, or the rate or sum is "不超过 / 不高于 / 最高":
 *   a ceiling, so { min: 0, max };
 * - a rate the text fixes ("按…的 10%给予补助，最高补助 1000 万元") or a sum it fixes ("给予 200 万元"):
 *   exactly that amount, held to any cap, so min = max;
 * - a range ("20 万—40 万元/辆"): min and max both above 0.
 */

type Shape = "ceiling" | "exact" | "range";

const catalogue = JSON.parse(readFileSync("docs/policies/catalogue.json", "utf8")) as {
  policies: { key: PolicyKey; file: string }[];
};
const WORDED_AS_MAXIMA = new Set<PolicyKey>(
  catalogue.policies
    .filter((p) => readFileSync(`docs/policies/${p.file}`, "utf8").includes("均为最高标准"))
    .map((p) => p.key),
);

/** Clauses whose text fixes a rate but whose estimate is a ceiling, with the reason (rule 1). */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  "software/1-b": "“阶梯式奖励”的阶梯未公布：1% 只是上限（解读约定第 1 条，见条款的解读）",
};

const AT_MOST = /不超过|不高于|最高/;
/** The clause's own passage without its parentheses (they qualify a base, e.g. 实际投保费率最高不超过 2%). */
const plain = (text: string) => text.replace(/\s+/g, "").replace(/[（(][^（()）]*[)）]/g, "");

export function expectedShape(clause: AnyClause): Shape {
  const text = plain(clause.text);
  if (/\d+万[—-]\d+万元/.test(text)) return "range";
  if (WORDED_AS_MAXIMA.has(clause.policy)) return "ceiling";
  const rate = text.match(/(?:按(?:照)?|予以|给予)([^，。；,;]*?)\d+(?:\.\d+)?%/);
  if (rate) return AT_MOST.test(rate[1]!) ? "ceiling" : "exact";
  const sum = text.match(/([^，。；,;]{0,8}给予[^，。；,;]*?)\d+(?:\.\d+)?(?:万元|亿元|元)/);
  if (sum) return AT_MOST.test(sum[1]!) ? "ceiling" : "exact";
  return "ceiling";
}

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => profileSchema.parse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))));
const profiles = [...examples, ...fc.sample(arbitraryProfile, { numRuns: 1500, seed: 2 })];

/** The shapes each clause's paying items took over the examples and generated profiles. */
function observedShapes(): Map<string, Set<Shape>> {
  const seen = new Map<string, Set<Shape>>();
  for (const p of profiles)
    for (const c of evaluate(registry, p, roundOf(2025)).clauses)
      for (const item of c.items) {
        const a = item.amount;
        if (!a || a.max === 0) continue;
        const shape: Shape = a.min === a.max ? "exact" : a.min === 0 ? "ceiling" : "range";
        const set = seen.get(c.id) ?? new Set<Shape>();
        set.add(shape);
        seen.set(c.id, set);
      }
  return seen;
}

describe("readings rule 2: the same wording gets the same estimate in every policy", () => {
  it("classifies the wordings the issue names: IC 13-b 10% fixed rate → exact; IC 4-a 不超过 15% → ceiling; high-end equipment (均为最高标准) → ceiling", () => {
    const byId = (id: string) => ALL_CLAUSES.find((c) => c.id === id)!;
    expect(expectedShape(byId("integrated-circuits/13-b"))).toBe("exact");
    expect(expectedShape(byId("integrated-circuits/4-a"))).toBe("ceiling");
    expect(expectedShape(byId("biomedicine/14"))).toBe("exact");
    expect(expectedShape(byId("software/7-b"))).toBe("exact");
    expect(expectedShape(byId("high-end-equipment/5-a"))).toBe("ceiling");
    expect(expectedShape(byId("green-energy/4.3-a"))).toBe("ceiling");
    expect(expectedShape(byId("artificial-intelligence/6-a"))).toBe("exact");
    expect(WORDED_AS_MAXIMA).toEqual(
      new Set(["high-end-equipment", "new-materials", "green-energy", "synthetic-biology"]),
    );
  });

  it("every paying clause's estimates have the shape its wording gives (or a stated exception)", () => {
    const seen = observedShapes();
    const wrong: string[] = [];
    for (const clause of ALL_CLAUSES) {
      const shapes = seen.get(clause.id);
      if (!shapes) continue;
      const expected = EXCEPTIONS[clause.id] ? "ceiling" : expectedShape(clause);
      for (const shape of shapes)
        if (shape !== expected) wrong.push(`${clause.id}: ${shape}, wording says ${expected}`);
    }
    expect(wrong).toEqual([]);
    // The sweep must see most paying clauses, or it proves little.
    expect(seen.size).toBeGreaterThan(80);
  });
});
