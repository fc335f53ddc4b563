import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { as, award, revenue, sw } from "./fixtures";

describe("software/1-a revenue first reaching a tier", () => {
  it("revenue 600,000,000 after 400,000,000: first reaches 5 亿元 → 500,000 (a fixed sum)", () => {
    const r = clauseResult("software/1-a", sw({}, { finance: revenue(600_000_000, 400_000_000) }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 500_000, max: 500_000 });
  });

  it("revenue exactly 500,000,000 (达到, inclusive): 500,000", () => {
    expect(
      clauseResult("software/1-a", sw({}, { finance: revenue(500_000_000, 300_000_000) })).amount,
    ).toEqual({ min: 500_000, max: 500_000 });
  });

  it("revenue 499,999,999 reaches no tier: not eligible, 1 yuan short", () => {
    const r = clauseResult("software/1-a", sw({}, { finance: revenue(499_999_999, 300_000_000) }));
    expectNearMiss(r, {
      actual: 499_999_999,
      required: 500_000_000,
      unit: "yuan",
      comparator: ">=",
    });
  });

  it("jumping from 6 亿 (500,000 received at the 5 亿 tier) to 25 亿: the 20 亿 tier's 2,000,000 − 500,000 = 1,500,000", () => {
    const r = clauseResult(
      "software/1-a",
      sw(
        {},
        {
          finance: revenue(2_500_000_000, 600_000_000),
          awardsReceived: [award("software/1-a", 500_000, 2024)],
        },
      ),
    );
    expect(r.amount).toEqual({ min: 1_500_000, max: 1_500_000 });
    expect(r.items[0]!.steps.map((s) => s.op)).toEqual(["amount", "minus"]);
  });

  it("jumping from 4 亿 straight to 12 亿 with nothing received: the 10 亿 tier's 1,000,000", () => {
    expect(
      clauseResult("software/1-a", sw({}, { finance: revenue(1_200_000_000, 400_000_000) })).amount,
    ).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("the top tier from 4 亿 last year: 500 亿 → 30,000,000", () => {
    expect(
      clauseResult("software/1-a", sw({}, { finance: revenue(50_000_000_000, 400_000_000) }))
        .amount,
    ).toEqual({ min: 30_000_000, max: 30_000_000 });
  });

  it("500 亿 after 300 亿 last year, no award recorded: the 200 亿 tier was reached (claimed or not), so 30,000,000 − 15,000,000 = 15,000,000 (readings rule 7)", () => {
    const r = clauseResult(
      "software/1-a",
      sw({}, { finance: revenue(50_000_000_000, 30_000_000_000) }),
    );
    expect(r.amount).toEqual({ min: 15_000_000, max: 15_000_000 });
  });

  it("a tier already reached last year is not reached for the first time: not eligible", () => {
    expect(
      clauseResult("software/1-a", sw({}, { finance: revenue(1_500_000_000, 1_200_000_000) }))
        .status,
    ).toBe("ineligible");
  });

  it("a tier reached two years ago is not reached for the first time either", () => {
    expect(
      clauseResult(
        "software/1-a",
        sw({}, { finance: revenue(1_500_000_000, 900_000_000, 1_100_000_000) }),
      ).status,
    ).toBe("ineligible");
  });

  it("without last year's revenue it asks for it", () => {
    const r = clauseResult("software/1-a", sw({}, { finance: revenue(600_000_000) }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("finance.previous.revenue");
  });

  it("an enterprise outside the policy's scope (not a qualified software enterprise) is not eligible", () => {
    expect(
      clauseResult(
        "software/1-a",
        sw({ qualifiedSoftwareEnterprise: false }, { finance: revenue(600_000_000, 400_000_000) }),
      ).status,
    ).toBe("ineligible");
  });
});

describe("software/1-b stepped reward for revenue growth", () => {
  it("revenue 300,000,000 after 250,000,000 meeting the notice's standard: 1% × 50,000,000 = at most 500,000", () => {
    const r = clauseResult(
      "software/1-b",
      sw({ growthStandardMet: true }, { finance: revenue(300_000_000, 250_000_000) }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("an increase of 1 yuan is growth (超过 0): 1% × 1 = 0 after rounding", () => {
    expect(
      clauseResult(
        "software/1-b",
        sw({ growthStandardMet: true }, { finance: revenue(250_000_001, 250_000_000) }),
      ).amount,
    ).toEqual({ min: 0, max: 0 });
  });

  it("flat revenue is no growth: not eligible", () => {
    expect(
      clauseResult(
        "software/1-b",
        sw({ growthStandardMet: true }, { finance: revenue(250_000_000, 250_000_000) }),
      ).status,
    ).toBe("ineligible");
  });

  it("not meeting the notice's standard: not eligible", () => {
    expect(
      clauseResult(
        "software/1-b",
        sw({ growthStandardMet: false }, { finance: revenue(300_000_000, 250_000_000) }),
      ).status,
    ).toBe("ineligible");
  });

  it("the standard unanswered: needs information", () => {
    const r = clauseResult("software/1-b", sw({}, { finance: revenue(300_000_000, 250_000_000) }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["software.growthStandardMet"]);
  });
});

describe("software/1-c new city-retained contribution to the district", () => {
  const district = (current: number, contribution: number, previousContribution: number) =>
    as(["district-government"], {
      software: { qualifiedSoftwareEnterprise: true },
      finance: {
        current: { revenue: current, cityRetainedContribution: contribution },
        previous: { cityRetainedContribution: previousContribution },
      },
    });

  it("revenue exactly 500,000,000, contribution 12,000,000 after 10,000,000: the new 2,000,000 in full (100%) to the district", () => {
    const r = clauseResult("software/1-c", district(500_000_000, 12_000_000, 10_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("revenue 499,999,999: not eligible", () => {
    expect(clauseResult("software/1-c", district(499_999_999, 12_000_000, 10_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("no new contribution (10,000,000 after 10,000,000): not eligible", () => {
    expect(clauseResult("software/1-c", district(800_000_000, 10_000_000, 10_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("an enterprise applicant is not the beneficiary (readings rule 10)", () => {
    const r = clauseResult(
      "software/1-c",
      sw(
        {},
        {
          finance: {
            current: { revenue: 800_000_000, cityRetainedContribution: 12_000_000 },
            previous: { cityRetainedContribution: 10_000_000 },
          },
        },
      ),
    );
    expect(r.status).toBe("ineligible");
    expect(r.forApplicant).toBe(false);
  });
});
