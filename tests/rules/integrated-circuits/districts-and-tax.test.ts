import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { as, ic } from "./fixtures";

describe("integrated-circuits/s4.2 city awards to districts", () => {
  it("a district that spent 80,000,000 on IC support is eligible for a graded award (amount not stated, review)", () => {
    const r = clauseResult(
      "integrated-circuits/s4.2",
      as(["district-government"], ic({ districtFiscalSupport: 80_000_000 })),
    );
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("a district with no actual support (0, 超过 0 required) is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/s4.2",
        as(["district-government"], ic({ districtFiscalSupport: 0 })),
      ).status,
    ).toBe("ineligible");
  });

  it("an enterprise applicant is not the beneficiary", () => {
    const r = clauseResult("integrated-circuits/s4.2", ic({ districtFiscalSupport: 80_000_000 }));
    expect(r.status).toBe("ineligible");
    expect(r.forApplicant).toBe(false);
  });
});

describe("integrated-circuits/s5.2-a national IC tax incentives", () => {
  it("an IC enterprise is eligible; the amount follows tax law", () => {
    const r = clauseResult("integrated-circuits/s5.2-a", ic({ icEnterprise: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a non-IC enterprise is not", () => {
    expect(clauseResult("integrated-circuits/s5.2-a", ic({ icEnterprise: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/s5.2-b first-of-a-kind support for domestic chips", () => {
  it("an enterprise with domestic chip products is eligible", () => {
    expect(
      clauseResult("integrated-circuits/s5.2-b", ic({ domesticChipProduct: true })).status,
    ).toBe("eligible");
  });

  it("without one it is not", () => {
    expect(
      clauseResult("integrated-circuits/s5.2-b", ic({ domesticChipProduct: false })).status,
    ).toBe("ineligible");
  });
});

describe("validity of the integrated-circuits policy (2022-08-08 to 2026-12-31)", () => {
  it("events of 2026, up to its last day, are claimable in the 2027 round; the 2028 round (events of 2027) is expired", () => {
    // As of 2027-02-01 the default round is 2027 (rounds open in spring: until 30 June).
    expect(
      clauseResult("integrated-circuits/s5.2-a", ic({ icEnterprise: true }), "2027-02-01").status,
    ).toBe("eligible");
    expect(
      clauseResult("integrated-circuits/s5.2-a", ic({ icEnterprise: true }), "2028-02-01").status,
    ).toBe("expired");
  });

  it("the 2022 round (events of 2021) is before 2022-08-08: not yet in force", () => {
    expect(
      clauseResult("integrated-circuits/s5.2-a", ic({ icEnterprise: true }), 2022).status,
    ).toBe("not-yet-effective");
  });
});
