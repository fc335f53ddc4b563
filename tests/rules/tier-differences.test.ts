import { describe, expect, it } from "vitest";
import { ALL_CLAUSES } from "@/rules";
import { tierDifference } from "@/rules/shared/readings";

/**
 * Readings rule 7, one behaviour: every paying clause whose text speaks of first reaching a tier or
 * of paying the difference (首次达到 / 首次超过 / 进档 / 补差 / 差额) has its tiers as a parameter
 * and cites the shared reading, which lib/engine/tiers.ts (tierReachConditions, tierDifference)
 * implements.
 */
const TIER_WORDING = /首次达到|首次超过|进档|补差|差额/;

describe("tier differences are one primitive in every tiered clause (readings rule 7)", () => {
  const tiered = ALL_CLAUSES.filter((c) => c.amount && TIER_WORDING.test(c.text));

  it("the texts name five such paying clauses", () => {
    expect(tiered.map((c) => c.id).sort()).toEqual([
      "green-energy/4.3-b",
      "high-end-equipment/2-b",
      "high-end-equipment/3-a",
      "software/1-a",
      "synthetic-biology/6-c",
    ]);
  });

  it.each(tiered.map((c) => [c.id, c] as const))(
    "%s keeps its tiers as a parameter and cites the shared reading",
    (_, clause) => {
      const units = Object.values(clause.params as Record<string, { unit: string }>).map(
        (p) => p.unit,
      );
      expect(units).toContain("tiers");
      expect(clause.readings).toContain(tierDifference);
    },
  );
});
