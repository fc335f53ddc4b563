import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

const institute = (platformOutboundContracts: number | undefined) => ({
  enterprise: { roles: ["university-or-institute" as const] },
  syntheticBiology: { platformOutboundContracts },
});

describe("synthetic-biology/3-a technology transactions of universities and institutes", () => {
  it("an institute selling 30,000,000 of contracts through a platform: 5% × 30,000,000 = 1,500,000", () => {
    const r = clauseResult("synthetic-biology/3-a", institute(30_000_000));
    expect(r.status).toBe("eligible");
    expect(r.forApplicant).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("40,000,000 reaches the 2,000,000 cap exactly; 60,000,000 is held to it", () => {
    expect(clauseResult("synthetic-biology/3-a", institute(40_000_000)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
    expect(clauseResult("synthetic-biology/3-a", institute(60_000_000)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });

  it("an institute with no outbound contracts is not eligible", () => {
    const r = clauseResult("synthetic-biology/3-a", institute(0));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("an ordinary enterprise is not the beneficiary", () => {
    const r = clauseResult("synthetic-biology/3-a", {
      syntheticBiology: { platformOutboundContracts: 30_000_000 },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

const enterprise = (
  registeredContractsAsSeller?: number,
  registeredContractsAsBuyer?: number,
  inSyntheticBiology = true,
) => ({
  syntheticBiology: { inSyntheticBiology, registeredContractsAsSeller, registeredContractsAsBuyer },
});

describe("synthetic-biology/3-b technology transactions of synthetic-biology enterprises", () => {
  it("23,000,000 registered as seller: 4 full steps of 5,000,000 × 10,000 = 40,000 (the year's cumulative value, readings rule 4)", () => {
    const r = clauseResult("synthetic-biology/3-b", enterprise(23_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 40_000 });
  });

  it("exactly 5,000,000 is one full step: 10,000", () => {
    expect(clauseResult("synthetic-biology/3-b", enterprise(5_000_000)).amount).toEqual({
      min: 0,
      max: 10_000,
    });
  });

  it("4,999,999 is short of a full step: ineligible, with the gap", () => {
    const r = clauseResult("synthetic-biology/3-b", enterprise(4_999_999));
    expectNearMiss(r, { actual: 4_999_999, required: 5_000_000, unit: "yuan", comparator: ">=" });
  });

  it("1,000,000,000 makes 200 steps = 2,000,000, the yearly cap exactly; 1,500,000,000 is held to it", () => {
    expect(clauseResult("synthetic-biology/3-b", enterprise(1_000_000_000)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
    expect(clauseResult("synthetic-biology/3-b", enterprise(1_500_000_000)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });

  it("one party only: seller 12,000,000 and buyer 26,000,000 count the buyer side, 5 steps = 50,000 (not the 38,000,000 sum)", () => {
    const r = clauseResult("synthetic-biology/3-b", enterprise(12_000_000, 26_000_000));
    expect(r.amount).toEqual({ min: 0, max: 50_000 });
  });

  it("an enterprise outside synthetic biology is not eligible", () => {
    const r = clauseResult("synthetic-biology/3-b", enterprise(23_000_000, undefined, false));
    expect(r.status).toBe("ineligible");
  });

  it("without either contract value the clause asks for both sides", () => {
    const r = clauseResult("synthetic-biology/3-b", enterprise());
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(
      expect.arrayContaining([
        "syntheticBiology.registeredContractsAsSeller",
        "syntheticBiology.registeredContractsAsBuyer",
      ]),
    );
  });
});
