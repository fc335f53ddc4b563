import { roundOn } from "@/lib/rounds";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import type { EvaluationResult } from "@/lib/engine/types";
import { registry } from "@/rules";
import { readdirSync, readFileSync } from "node:fs";
import { profileSchema } from "@/lib/profile/schema";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";
import { biasedProfile } from "@/tests/helpers/biased-profile";

/**
 * Random profiles mostly fail some condition (57 of 300 got any payment, 1 an overlap), so the
 * properties also run on profiles near the examples (figures scaled across thresholds, answers
 * mostly yes), and each test counts the runs where its property mattered.
 */
const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => profileSchema.parse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))));
const profiles = fc.oneof(
  { weight: 1, arbitrary: arbitraryProfile },
  { weight: 9, arbitrary: fc.oneof(...examples.map(biasedProfile)) },
);

const asOf = fc.constantFrom("2023-09-01", "2024-06-30", "2025-06-30", "2026-11-25", "2028-01-01");

function payable(r: EvaluationResult) {
  return r.clauses.filter((c) => c.status === "eligible" && c.forApplicant && c.amount);
}

describe("engine properties over the real rules and any valid profile", () => {
  it("amounts are never negative, min ≤ max, and never above a stated yuan cap of the clause (over 300 runs, at least 150 with a cap applied)", () => {
    let capped = 0;
    fc.assert(
      fc.property(profiles, asOf, (profile, date) => {
        const r = evaluate(registry, profile, roundOn(date));
        let sawCap = false;
        for (const c of r.clauses) {
          for (const it of c.items) {
            if (!it.amount) continue;
            expect(it.amount.min).toBeGreaterThanOrEqual(0);
            expect(it.amount.min).toBeLessThanOrEqual(it.amount.max);
            for (const s of it.steps)
              if (s.op === "cap") {
                sawCap = true;
                expect(s.result).toBeLessThanOrEqual(s.cap);
              }
          }
          if (c.amount) {
            expect(c.amount.min).toBeGreaterThanOrEqual(0);
            expect(c.amount.min).toBeLessThanOrEqual(c.amount.max);
            expect(Number.isSafeInteger(c.amount.max)).toBe(true);
          }
        }
        if (sawCap) capped += 1;
      }),
      { numRuns: 300 },
    );
    expect(capped).toBeGreaterThanOrEqual(150);
  });

  it("totals equal the sum of the payable clauses, per policy and overall (over 300 runs, at least 150 paying something)", () => {
    let paying = 0;
    fc.assert(
      fc.property(profiles, asOf, (profile, date) => {
        const r = evaluate(registry, profile, roundOn(date));
        const all = payable(r);
        if (all.some((c) => c.amount!.max > 0)) paying += 1;
        const paid = all.filter((c) => c.certainty !== "to-win");
        const toWin = all.filter((c) => c.certainty === "to-win");
        expect(r.totals.overall.max).toBe(paid.reduce((s, c) => s + c.amount!.max, 0));
        expect(r.totals.overall.min).toBe(paid.reduce((s, c) => s + c.amount!.min, 0));
        expect(r.totals.toWin.max).toBe(toWin.reduce((s, c) => s + c.amount!.max, 0));
        expect(r.totals.overall.max).toBe(r.totals.fixed.max + r.totals.upTo.max);
        const byPolicy = Object.values(r.totals.byPolicy).reduce((s, p) => s + p!.max, 0);
        expect(byPolicy).toBe(r.totals.overall.max);
      }),
      { numRuns: 300 },
    );
    expect(paying).toBeGreaterThanOrEqual(150);
  });

  it("overlap never pays an item twice within an exclusive group (over 1,000 runs, at least 80 with an item paid elsewhere)", () => {
    let overlapping = 0;
    fc.assert(
      fc.property(profiles, (profile) => {
        const r = evaluate(registry, profile, roundOn("2025-06-30"));
        if (r.clauses.some((c) => c.items.some((i) => i.status === "superseded"))) overlapping += 1;
        const groupOf = new Map(
          registry.policies.flatMap((p) => p.clauses.map((c) => [c.id, c.exclusiveGroup] as const)),
        );
        const seen = new Set<string>();
        for (const c of r.clauses) {
          const g = groupOf.get(c.id);
          if (!g || !c.forApplicant || c.status === "expired" || c.status === "not-yet-effective")
            continue;
          for (const it of c.items) {
            if (it.status !== "eligible" || !it.amount) continue;
            const k = `${g}|${it.key}`;
            expect(seen.has(k)).toBe(false);
            seen.add(k);
          }
        }
      }),
      { numRuns: 1000 },
    );
    expect(overlapping).toBeGreaterThanOrEqual(80);
  });

  it("the result does not depend on the order of items in the profile", () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const reversed = structuredClone(profile) as Record<string, unknown>;
        const flip = (o: unknown): void => {
          if (!o || typeof o !== "object") return;
          for (const [k, v] of Object.entries(o)) {
            if (Array.isArray(v)) (o as Record<string, unknown>)[k] = [...v].reverse();
            else flip(v);
          }
        };
        flip(reversed);
        // Industries and roles are sets; their order must not matter either.
        const a = evaluate(registry, profile, roundOn("2025-06-30"));
        const b = evaluate(registry, reversed as typeof profile, roundOn("2025-06-30"));
        expect(b.totals).toEqual(a.totals);
        expect(b.clauses.map((c) => [c.id, c.status, c.amount])).toEqual(
          a.clauses.map((c) => [c.id, c.status, c.amount]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("monotone in the base where the text is: more R&D never lowers biomedicine/3", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.constantFrom("I", "II", "III"),
        (rd, more, phase) => {
          const make = (rdInvestment: number) =>
            evaluate(
              registry,
              {
                version: 2,
                enterprise: { industries: ["biomedicine"], roles: ["enterprise"] },
                biomedicine: {
                  drugs: [
                    {
                      id: "d",
                      name: "d",
                      drugType: "chemical",
                      registrationClass: "1",
                      clinicalPhase: phase as "I",
                      licensedAndIndustrialised: true,
                      rdInvestment,
                    },
                  ],
                },
              },
              roundOn("2025-06-30"),
            ).clauses.find((c) => c.id === "biomedicine/3")!.amount!.max;
          expect(make(rd + more)).toBeGreaterThanOrEqual(make(rd));
        },
      ),
      { numRuns: 300 },
    );
  });
});
