import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const mah = (
  contractValueCurrent: number,
  contractValuePrevious: number,
  noInvestmentRelation = true,
) => ({
  biomedicine: {
    mahCommissioning: {
      commissionsHangzhouManufacturer: true,
      salesTaxSettledInHangzhou: true,
      noInvestmentRelation,
      contractValueCurrent,
      contractValuePrevious,
    },
  },
});
const cmo = (
  contractValueCurrent: number,
  contractValuePrevious: number,
  outputSettledInHangzhou = true,
) => ({
  biomedicine: {
    contractManufacturing: {
      commissionedFromOutsideHangzhou: true,
      outputSettledInHangzhou,
      noInvestmentRelation: true,
      contractValueCurrent,
      contractValuePrevious,
    },
  },
});

describe("biomedicine/16-a MAH holders commissioning Hangzhou manufacturers", () => {
  it("contracts 100,000,000 after 40,000,000: 5% × 60,000,000 = 3,000,000", () => {
    const r = clauseResult("biomedicine/16-a", mah(100_000_000, 40_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 3_000_000, max: 3_000_000 });
  });

  it("new contracts of 300,000,000 reach the 15,000,000 yearly cap exactly; 400,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/16-a", mah(400_000_000, 100_000_000)).amount).toEqual({
      min: 15_000_000,
      max: 15_000_000,
    });
    expect(clauseResult("biomedicine/16-a", mah(500_000_000, 100_000_000)).amount).toEqual({
      min: 15_000_000,
      max: 15_000_000,
    });
  });

  it("an investment relationship between the parties rules it out", () => {
    expect(clauseResult("biomedicine/16-a", mah(100_000_000, 40_000_000, false)).status).toBe(
      "ineligible",
    );
  });

  it("no growth in contract value: not eligible", () => {
    expect(clauseResult("biomedicine/16-a", mah(40_000_000, 40_000_000)).status).toBe("ineligible");
  });
});

describe("biomedicine/16-b contract manufacturing for principals outside Hangzhou", () => {
  it("contracts 80,000,000 after 30,000,000: 5% × 50,000,000 = 2,500,000", () => {
    const r = clauseResult("biomedicine/16-b", cmo(80_000_000, 30_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 2_500_000, max: 2_500_000 });
  });

  it("new contracts of 300,000,000 reach the 15,000,000 cap exactly", () => {
    expect(clauseResult("biomedicine/16-b", cmo(300_000_000, 0)).amount).toEqual({
      min: 15_000_000,
      max: 15_000_000,
    });
  });

  it("output not settled in Hangzhou: not eligible", () => {
    expect(clauseResult("biomedicine/16-b", cmo(80_000_000, 30_000_000, false)).status).toBe(
      "ineligible",
    );
  });
});
