import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { findClause } from "@/rules";

describe("artificial-intelligence/1-a compute partners (non-monetary, selection)", () => {
  it("a compute-centre operator applying as a platform is eligible, to be selected, with no money", () => {
    const r = clauseResult("artificial-intelligence/1-a", {
      enterprise: { roles: ["platform"] },
      artificialIntelligence: { operatesComputeCentre: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("a platform without a compute centre is not eligible", () => {
    const r = clauseResult("artificial-intelligence/1-a", {
      enterprise: { roles: ["platform"] },
      artificialIntelligence: { operatesComputeCentre: false },
    });
    expect(r.status).toBe("ineligible");
  });

  it("an ordinary enterprise applicant does not collect it (the beneficiary is the compute centre)", () => {
    const r = clauseResult("artificial-intelligence/1-a", {
      artificialIntelligence: { operatesComputeCentre: true },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("artificial-intelligence/1-b compute vouchers (unspecified per enterprise)", () => {
  it("an SME buying compute services is eligible; the amount is not stated (the 50,000,000 is the city pool)", () => {
    const r = clauseResult("artificial-intelligence/1-b", {
      enterprise: { sme: true },
      artificialIntelligence: { buysComputeServices: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.kind).toBe("unspecified");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
    expect(r.readings[0]?.zh).toMatch(/全市每年算力券总额/);
  });

  it("the city pool is recorded as a parameter of 50,000,000 yuan, never used as an enterprise's amount", () => {
    const clause = findClause("artificial-intelligence/1-b")!;
    expect(clause.params.cityPool).toMatchObject({ unit: "yuan", value: 50_000_000 });
    expect(clause.amount).toBeUndefined();
  });

  it("a large enterprise is not counted (conservative reading: vouchers go to SMEs)", () => {
    const r = clauseResult("artificial-intelligence/1-b", {
      enterprise: { sme: false },
      artificialIntelligence: { buysComputeServices: true },
    });
    expect(r.status).toBe("ineligible");
  });

  it("without the SME answer the clause asks for it", () => {
    const r = clauseResult("artificial-intelligence/1-b", {
      artificialIntelligence: { buysComputeServices: true },
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["enterprise.sme"]);
  });
});
