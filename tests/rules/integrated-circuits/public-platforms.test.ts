import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { as, techPlatform } from "./fixtures";

const platform = (over: Parameters<typeof techPlatform>[0] = {}) =>
  as(["platform"], { platforms: [techPlatform(over)] });

describe("integrated-circuits/13-a construction of IC public technology platforms", () => {
  it("600,000,000 invested and completed: 6% × 600,000,000 = 36,000,000 (the rate is fixed; 最高 bounds only the cap)", () => {
    const r = clauseResult("integrated-circuits/13-a", platform());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 36_000_000, max: 36_000_000 });
  });

  it("exactly 500,000,000 (5 亿元以上, inclusive): 30,000,000", () => {
    expect(
      clauseResult("integrated-circuits/13-a", platform({ constructionInvestment: 500_000_000 }))
        .amount,
    ).toEqual({ min: 30_000_000, max: 30_000_000 });
  });

  it("499,999,999 is below the threshold", () => {
    expect(
      clauseResult("integrated-circuits/13-a", platform({ constructionInvestment: 499_999_999 }))
        .status,
    ).toBe("ineligible");
  });

  it("1,000,000,000: 60,000,000 capped at 50,000,000", () => {
    expect(
      clauseResult("integrated-circuits/13-a", platform({ constructionInvestment: 1_000_000_000 }))
        .amount,
    ).toEqual({ min: 50_000_000, max: 50_000_000 });
  });

  it("not yet completed (完工后): not eligible", () => {
    expect(clauseResult("integrated-circuits/13-a", platform({ completed: false })).status).toBe(
      "ineligible",
    );
  });

  it("an ordinary enterprise applicant is not the beneficiary", () => {
    const r = clauseResult("integrated-circuits/13-a", { platforms: [techPlatform()] });
    expect(r.status).toBe("ineligible");
    expect(r.forApplicant).toBe(false);
  });

  it("the same platform also claiming software/7-a construction support is paid once, at the better clause", () => {
    const result = evaluateProfile(
      as(["platform", "enterprise"], { platforms: [techPlatform({ softwareInnovation: true })] }),
      "2025-06-30",
      ["integrated-circuits", "software"],
    );
    const ic = result.clauses.find((c) => c.id === "integrated-circuits/13-a")!;
    const sw = result.clauses.find((c) => c.id === "software/7-a")!;
    // 13-a: 6% × 600,000,000 = 36,000,000; 7-a: 6% × 600,000,000 = 36,000,000 — equal, so the earlier clause keeps it.
    expect(ic.status).toBe("eligible");
    expect(sw.status).toBe("superseded");
    expect(sw.supersededBy).toBe("integrated-circuits/13-a");
  });
});

describe("integrated-circuits/13-b service subsidies of public service platforms", () => {
  it("SME service revenue 50,000,000: 10% = 5,000,000", () => {
    expect(clauseResult("integrated-circuits/13-b", platform()).amount).toEqual({
      min: 5_000_000,
      max: 5_000_000,
    });
  });

  it("SME service revenue 100,000,000 reaches the 10,000,000 cap exactly", () => {
    expect(
      clauseResult("integrated-circuits/13-b", platform({ smeServiceRevenue: 100_000_000 })).amount,
    ).toEqual({ min: 10_000_000, max: 10_000_000 });
  });

  it("SME service revenue 150,000,000: 15,000,000 capped at 10,000,000", () => {
    expect(
      clauseResult("integrated-circuits/13-b", platform({ smeServiceRevenue: 150_000_000 })).amount,
    ).toEqual({ min: 10_000_000, max: 10_000_000 });
  });

  it("a platform that does not serve the IC industry is not eligible", () => {
    expect(
      clauseResult("integrated-circuits/13-b", platform({ industries: ["biomedicine"] })).status,
    ).toBe("ineligible");
  });

  it("without the SME service revenue it asks for it", () => {
    const r = clauseResult("integrated-circuits/13-b", platform({ smeServiceRevenue: undefined }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["platforms[].smeServiceRevenue"]);
  });
});
