import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { as } from "./fixtures";

describe("biomedicine/23-a direct investment by the city industrial fund (non-monetary)", () => {
  it("a major industrial project: eligible subject to the city's decision, no amount", () => {
    const r = clauseResult("biomedicine/23-a", { biomedicine: { cityFundMajorProject: true } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("not a major project: not eligible", () => {
    expect(
      clauseResult("biomedicine/23-a", { biomedicine: { cityFundMajorProject: false } }).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/23-b fund managers", () => {
  const manager = (
    paidInInvestment: number,
    agreedReturnInvestment: number,
    marketOperatedFund = true,
  ) =>
    as(["fund-manager"], {
      biomedicine: {
        fundManager: { marketOperatedFund, paidInInvestment, agreedReturnInvestment },
      },
    });

  it("100,000,000 paid in, 20,000,000 of it agreed return investment: 2% × 80,000,000 = 1,600,000", () => {
    const r = clauseResult("biomedicine/23-b", manager(100_000_000, 20_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 1_600_000, max: 1_600_000 });
  });

  it("250,000,000 paid in reaches the 5,000,000 cap exactly; 300,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/23-b", manager(250_000_000, 0)).amount).toEqual({
      min: 5_000_000,
      max: 5_000_000,
    });
    expect(clauseResult("biomedicine/23-b", manager(300_000_000, 0)).amount).toEqual({
      min: 5_000_000,
      max: 5_000_000,
    });
  });

  it("everything paid in was agreed return investment: not eligible", () => {
    expect(clauseResult("biomedicine/23-b", manager(50_000_000, 50_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("a fund that is not market-operated: not eligible", () => {
    expect(clauseResult("biomedicine/23-b", manager(100_000_000, 0, false)).status).toBe(
      "ineligible",
    );
  });
});

describe("biomedicine/23-c district reward out of fund returns (amount not stated)", () => {
  it("a major project invested by a government fund: eligible, amount not stated", () => {
    const r = clauseResult("biomedicine/23-c", {
      biomedicine: { governmentFundMajorProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("otherwise: not eligible", () => {
    expect(
      clauseResult("biomedicine/23-c", { biomedicine: { governmentFundMajorProject: false } })
        .status,
    ).toBe("ineligible");
  });
});
