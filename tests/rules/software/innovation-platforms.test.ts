import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { as, openSourcePlatform } from "./fixtures";

const platform = (over: Parameters<typeof openSourcePlatform>[0] = {}) =>
  as(["platform"], { platforms: [openSourcePlatform(over)] });

describe("software/7-a construction of new public service platforms", () => {
  it("200,000,000 invested: at most 6% × 200,000,000 = 12,000,000", () => {
    const r = clauseResult("software/7-a", platform());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });

  it("800,000,000: 48,000,000, under the cap", () => {
    expect(
      clauseResult("software/7-a", platform({ constructionInvestment: 800_000_000 })).amount,
    ).toEqual({ min: 0, max: 48_000_000 });
  });

  it("1,000,000,000: 60,000,000 capped at 50,000,000", () => {
    expect(
      clauseResult("software/7-a", platform({ constructionInvestment: 1_000_000_000 })).amount,
    ).toEqual({ min: 0, max: 50_000_000 });
  });

  it("a platform of another kind: not eligible", () => {
    expect(clauseResult("software/7-a", platform({ softwareInnovation: false })).status).toBe(
      "ineligible",
    );
  });

  it("an enterprise applicant is not the beneficiary", () => {
    const r = clauseResult("software/7-a", { platforms: [openSourcePlatform()] });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("software/7-b operating subsidy of platforms serving at least 100 enterprises", () => {
  it("120 new enterprises served, operating expenses 5,000,000: 30% = 1,500,000", () => {
    expect(clauseResult("software/7-b", platform()).amount).toEqual({
      min: 1_500_000,
      max: 1_500_000,
    });
  });

  it("exactly 100 (不低于, inclusive): eligible", () => {
    expect(clauseResult("software/7-b", platform({ newEnterprisesServed: 100 })).status).toBe(
      "eligible",
    );
  });

  it("99: not eligible, with the gap", () => {
    const r = clauseResult("software/7-b", platform({ newEnterprisesServed: 99 }));
    expectNearMiss(r, { actual: 99, required: 100, unit: "count", comparator: ">=" });
  });

  it("operating expenses exactly 10,000,000 reach the 3,000,000 cap", () => {
    expect(clauseResult("software/7-b", platform({ operatingExpense: 10_000_000 })).amount).toEqual(
      { min: 3_000_000, max: 3_000_000 },
    );
  });

  it("operating expenses 20,000,000: 6,000,000 capped at 3,000,000", () => {
    expect(clauseResult("software/7-b", platform({ operatingExpense: 20_000_000 })).amount).toEqual(
      { min: 3_000_000, max: 3_000_000 },
    );
  });
});
