import { describe, expect, it } from "vitest";
import { evaluateProfile } from "@/tests/helpers/profile";

const POLICIES = ["high-end-equipment", "new-materials", "green-energy"] as const;
const IDS = ["high-end-equipment/1", "new-materials/1", "green-energy/3.4-b"];

/** An enterprise in the key fields of all three policies with one CNY 50,000,000 bank loan for a CNY 30,000,000 project. */
const input = {
  enterprise: { name: "杭州储芯智造科技有限公司", reportingYear: 2024 },
  highEndEquipment: { keyField: "instruments-and-testing" as const },
  newMaterials: { field: "advanced-semiconductor" as const },
  greenEnergy: { sector: "energy-storage" as const },
  projects: [
    {
      id: "P1",
      name: "储能检测装备与材料产线",
      eligibleInvestment: 30_000_000,
      isFixedAssetInvestment: true,
    },
  ],
  loans: [
    {
      id: "L1",
      name: "产线建设贷款",
      projectId: "P1",
      kind: "bank-loan" as const,
      year: 2024,
      maturityYear: 2030,
      amount: 50_000_000,
    },
  ],
};

describe("one loan under the loan-interest clauses of three policies (从优、就高、不重复)", () => {
  it("is subsidised once: 1% × 50,000,000 = 500,000, not 1,500,000; the other two clauses point to the one that pays", () => {
    const r = evaluateProfile(input, "2025-06-30", POLICIES);
    const [hee, nm, ge] = IDS.map((id) => r.clauses.find((c) => c.id === id)!);

    expect(hee!.status).toBe("eligible");
    expect(hee!.amount).toEqual({ min: 0, max: 500_000 });
    for (const other of [nm!, ge!]) {
      expect(other.status).toBe("superseded");
      expect(other.supersededBy).toBe("high-end-equipment/1");
      expect(other.amount).toBeNull();
      expect(other.items[0]?.supersededBy).toBe("high-end-equipment/1");
    }

    const loanTotal = IDS.map((id) => r.clauses.find((c) => c.id === id)!.amount?.max ?? 0).reduce(
      (a, b) => a + b,
      0,
    );
    expect(loanTotal).toBe(500_000);
    expect(r.totals.overall.max).toBe(500_000);
  });

  it("when the high-end-equipment clause does not apply, the next clause pays the loan once", () => {
    const r = evaluateProfile(
      { ...input, highEndEquipment: { keyField: "other" as const } },
      "2025-06-30",
      POLICIES,
    );
    const nm = r.clauses.find((c) => c.id === "new-materials/1")!;
    const ge = r.clauses.find((c) => c.id === "green-energy/3.4-b")!;
    expect(nm.amount).toEqual({ min: 0, max: 500_000 });
    expect(ge.status).toBe("superseded");
    expect(ge.supersededBy).toBe("new-materials/1");
    expect(r.totals.overall.max).toBe(500_000);
  });

  it("on 2026-11-25 (the 2027 round, events of 2026) all three policies, ended 2025-12-31, are expired; each clause still shows what it gave", () => {
    const r = evaluateProfile(input, "2026-11-25", POLICIES);
    expect(r.policies).toEqual([
      { key: "high-end-equipment", status: "expired", roundStatus: "ended", lastRound: 2026 },
      { key: "new-materials", status: "expired", roundStatus: "ended", lastRound: 2026 },
      { key: "green-energy", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    for (const id of IDS) {
      const c = r.clauses.find((x) => x.id === id)!;
      expect(c.status).toBe("expired");
      expect(c.amount).toEqual({ min: 0, max: 500_000 });
    }
    expect(r.totals.overall.max).toBe(0);
  });
});
