import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "green-energy/3.4-b";
const input = (
  o: {
    loan?: Record<string, unknown>;
    project?: Record<string, unknown>;
    sector?: string;
  } = {},
) => ({
  greenEnergy: { sector: o.sector ?? "energy-storage" },
  projects: [{ id: "P1", name: "储能电池扩产项目", eligibleInvestment: 50_000_000, ...o.project }],
  loans: [
    {
      id: "L1",
      name: "扩产贷款",
      projectId: "P1",
      kind: "bank-loan",
      year: 2024,
      maturityYear: 2030,
      amount: 120_000_000,
      ...o.loan,
    },
  ],
});

describe("green-energy/3.4-b loan-interest subsidy", () => {
  it("a storage maker's 120,000,000 bank loan: 1% × 120,000,000 = 1,200,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_200_000 });
  });

  it("a project of exactly 20,000,000 reaches the threshold (达…以上); 19,999,999 does not", () => {
    expect(clauseResult(ID, input({ project: { eligibleInvestment: 20_000_000 } })).status).toBe(
      "eligible",
    );
    expect(clauseResult(ID, input({ project: { eligibleInvestment: 19_999_999 } })).status).toBe(
      "ineligible",
    );
  });

  it("a loan of 1,000,000,000 reaches the 10,000,000 cap exactly", () => {
    expect(clauseResult(ID, input({ loan: { amount: 1_000_000_000 } })).amount).toEqual({
      min: 0,
      max: 10_000_000,
    });
  });

  it("a sector the text does not name (other green energy) is not eligible", () => {
    expect(clauseResult(ID, input({ sector: "other-green-energy" })).status).toBe("ineligible");
  });

  it("awards are counted from 2023: interest for 2022 (round 2023) is not subsidised", () => {
    expect(clauseResult(ID, input({ loan: { year: 2022 } }), 2023).status).toBe(
      "not-yet-effective",
    );
  });
});
