import { describe, expect, it } from "vitest";
import { renderStep } from "@/lib/engine/render";
import { MAX_ASSIGNMENTS } from "@/lib/engine/overlaps";
import { evaluateProfile } from "@/tests/helpers/profile";

/**
 * Competing loans under the loan-interest clauses of three policies (readings rule 15). Each
 * clause: 1% of the actual loan amount, at most 10,000,000 per enterprise a year
 * (high-end-equipment/1, new-materials/1, green-energy/3.4-b). The 2025 round: interest of 2024.
 */
const POLICIES = ["high-end-equipment", "new-materials", "green-energy"] as const;
const IDS = ["high-end-equipment/1", "new-materials/1", "green-energy/3.4-b"] as const;

const enterprise = (amounts: readonly number[], fields = { hee: true, nm: true, ge: true }) => ({
  enterprise: { name: "杭州储芯智造科技有限公司", reportingYear: 2024 },
  highEndEquipment: { keyField: fields.hee ? "instruments-and-testing" : "other" },
  newMaterials: { field: fields.nm ? "advanced-semiconductor" : "other" },
  greenEnergy: { sector: fields.ge ? "energy-storage" : "not-green-energy" },
  projects: [
    {
      id: "P1",
      name: "储能检测装备与材料产线",
      eligibleInvestment: 3_000_000_000,
      isFixedAssetInvestment: true,
    },
  ],
  loans: amounts.map((amount, i) => ({
    id: `L${String(i + 1).padStart(2, "0")}`,
    name: `贷款${i + 1}`,
    projectId: "P1",
    kind: "bank-loan",
    amount,
    year: 2024,
    maturityYear: 2030,
  })),
});

const paid = (r: ReturnType<typeof evaluateProfile>) =>
  Object.fromEntries(IDS.map((id) => [id, r.clauses.find((c) => c.id === id)!.amount?.max ?? 0]));

describe("competing loans are assigned to clauses so that the total paid is the highest", () => {
  it("800,000,000 + 600,000,000 under two clauses: one clause pays min(8,000,000 + 6,000,000, 10,000,000) = 10,000,000; split 8,000,000 + 6,000,000 = 14,000,000", () => {
    const r = evaluateProfile(
      enterprise([800_000_000, 600_000_000], { hee: true, nm: true, ge: false }),
      2025,
      POLICIES,
    );
    expect(paid(r)).toEqual({
      "high-end-equipment/1": 8_000_000,
      "new-materials/1": 6_000_000,
      "green-energy/3.4-b": 0,
    });
    expect(r.totals.overall.max).toBe(14_000_000);
    const hee = r.clauses.find((c) => c.id === "high-end-equipment/1")!;
    const nm = r.clauses.find((c) => c.id === "new-materials/1")!;
    expect(hee.items.map((i) => [i.key, i.status])).toEqual([
      ["L01", "eligible"],
      ["L02", "superseded"],
    ]);
    expect(nm.items.map((i) => [i.key, i.status])).toEqual([
      ["L01", "superseded"],
      ["L02", "eligible"],
    ]);
    const said = nm.items[1]!.steps.map((s) => renderStep(s, "zh")).join("；");
    expect(said).toContain("合计 14,000,000，各项都计入单项最优条款时为 10,000,000");
  });

  it("three loans of 900,000,000 under three clauses: one each, 3 × 9,000,000 = 27,000,000 (one clause alone: 10,000,000)", () => {
    const r = evaluateProfile(enterprise([900_000_000, 900_000_000, 900_000_000]), 2025, POLICIES);
    expect(r.totals.overall.max).toBe(27_000_000);
    expect(Object.values(paid(r)).sort()).toEqual([9_000_000, 9_000_000, 9_000_000]);
  });

  it("loans of 500,000,000 + 300,000,000 + 200,000,000 = 10,000,000 of interest fit one cap: they stay at the first clause, no split", () => {
    const r = evaluateProfile(enterprise([500_000_000, 300_000_000, 200_000_000]), 2025, POLICIES);
    expect(paid(r)).toEqual({
      "high-end-equipment/1": 10_000_000,
      "new-materials/1": 0,
      "green-energy/3.4-b": 0,
    });
  });

  it("1,200,000,000 + 300,000,000 under two clauses: 10,000,000 (capped) + 3,000,000 = 13,000,000; ties keep the first order", () => {
    const r = evaluateProfile(
      enterprise([1_200_000_000, 300_000_000], { hee: true, nm: true, ge: false }),
      2025,
      POLICIES,
    );
    expect(paid(r)).toEqual({
      "high-end-equipment/1": 10_000_000,
      "new-materials/1": 3_000_000,
      "green-energy/3.4-b": 0,
    });
    // The same profile gives the same assignment every time.
    expect(
      paid(
        evaluateProfile(
          enterprise([1_200_000_000, 300_000_000], { hee: true, nm: true, ge: false }),
          2025,
          POLICIES,
        ),
      ),
    ).toEqual(paid(r));
  });

  it(`more than ${MAX_ASSIGNMENTS} assignments (9 loans × 3 clauses = 19,683): each loan to its best clause, and the trace says so`, () => {
    const r = evaluateProfile(
      enterprise(Array.from({ length: 9 }, () => 200_000_000)),
      2025,
      POLICIES,
    );
    // 9 × 2,000,000 = 18,000,000 all at the first clause, capped at 10,000,000.
    expect(paid(r)["high-end-equipment/1"]).toBe(10_000_000);
    expect(r.totals.overall.max).toBe(10_000_000);
    const hee = r.clauses.find((c) => c.id === "high-end-equipment/1")!;
    const said = hee.items[0]!.steps.map((s) => renderStep(s, "en")).join("; ");
    expect(said).toContain("More than 4,096 possible assignments");
  });

  it("7 loans × 3 clauses = 2,187 assignments are searched exactly: 7 × 3,000,000 = 21,000,000 spread to 3 clauses within 10,000,000 each", () => {
    const r = evaluateProfile(
      enterprise(Array.from({ length: 7 }, () => 300_000_000)),
      2025,
      POLICIES,
    );
    expect(r.totals.overall.max).toBe(21_000_000);
    for (const v of Object.values(paid(r))) expect(v).toBeLessThanOrEqual(10_000_000);
  });
});
