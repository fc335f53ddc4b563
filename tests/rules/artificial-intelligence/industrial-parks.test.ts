import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const park = (parkOperatingExpense: number | undefined, benchmarkPark = true) => ({
  enterprise: { roles: ["park-investor" as const] },
  artificialIntelligence: { benchmarkPark, parkOperatingExpense },
});

describe("artificial-intelligence/5-a benchmark industrial parks: operating subsidy up to 2,000,000 a year", () => {
  it("operating expenses 3,000,000: up to 2,000,000 (the cap), if rated excellent", () => {
    const r = clauseResult("artificial-intelligence/5-a", park(3_000_000));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("operating expenses 1,500,000: up to the expenses, 1,500,000", () => {
    const r = clauseResult("artificial-intelligence/5-a", park(1_500_000));
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("operating expenses exactly 2,000,000 reach the cap exactly", () => {
    const r = clauseResult("artificial-intelligence/5-a", park(2_000_000));
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a park not recognised as a city AI benchmark park is not eligible", () => {
    const r = clauseResult("artificial-intelligence/5-a", park(3_000_000, false));
    expect(r.status).toBe("ineligible");
  });

  it("an ordinary enterprise applicant does not collect it", () => {
    const r = clauseResult("artificial-intelligence/5-a", {
      artificialIntelligence: { benchmarkPark: true, parkOperatingExpense: 3_000_000 },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("artificial-intelligence/5-b national AI clusters (unspecified)", () => {
  it("an approved cluster's organisation is eligible; amount not stated", () => {
    const r = clauseResult("artificial-intelligence/5-b", {
      enterprise: { roles: ["organization"] },
      artificialIntelligence: { nationalClusterApproved: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("not approved: not eligible", () => {
    const r = clauseResult("artificial-intelligence/5-b", {
      enterprise: { roles: ["organization"] },
      artificialIntelligence: { nationalClusterApproved: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
