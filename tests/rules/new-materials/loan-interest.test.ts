import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "new-materials/1";

const input = (
  o: { loan?: Record<string, unknown>; project?: Record<string, unknown>; field?: string } = {},
) => ({
  newMaterials: { field: o.field ?? "advanced-semiconductor" },
  projects: [
    {
      id: "P1",
      name: "碳化硅外延片扩产项目",
      eligibleInvestment: 60_000_000,
      isFixedAssetInvestment: true,
      ...o.project,
    },
  ],
  loans: [
    {
      id: "L1",
      name: "扩产项目贷款",
      projectId: "P1",
      kind: "bank-loan",
      year: 2024,
      maturityYear: 2030,
      amount: 80_000_000,
      ...o.loan,
    },
  ],
});

describe("new-materials/1 loan-interest subsidy", () => {
  it("a semiconductor-materials maker's 80,000,000 bank loan: 1% × 80,000,000 = 800,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 800_000 });
  });

  it("a project of exactly 20,000,000 eligible investment reaches the threshold", () => {
    expect(clauseResult(ID, input({ project: { eligibleInvestment: 20_000_000 } })).status).toBe(
      "eligible",
    );
  });

  it("a project of 19,999,999 falls short", () => {
    expect(clauseResult(ID, input({ project: { eligibleInvestment: 19_999_999 } })).status).toBe(
      "ineligible",
    );
  });

  it("a loan of 1,500,000,000: 15,000,000 capped at 10,000,000 per enterprise a year", () => {
    expect(clauseResult(ID, input({ loan: { amount: 1_500_000_000 } })).amount).toEqual({
      min: 0,
      max: 10_000_000,
    });
  });

  it("a new-material enterprise outside the five key fields is not eligible (conservative reading of 等)", () => {
    expect(clauseResult(ID, input({ field: "other-new-material" })).status).toBe("ineligible");
  });

  it("evaluated on 2026-11-25 the clause is expired but still shows 800,000", () => {
    const r = clauseResult(ID, input(), "2026-11-25");
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 0, max: 800_000 });
  });
});
