import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("visual-intelligence/1 chain leaders' orders to supporting enterprises (unspecified)", () => {
  it("a chain leader whose non-affiliated orders grew from 300,000,000 to 360,000,000 is eligible; the rate is not stated", () => {
    const r = clauseResult("visual-intelligence/1", {
      visualIntelligence: {
        chainLeader: true,
        supplierOrdersCurrent: 360_000_000,
        supplierOrdersPrevious: 300_000_000,
      },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("orders unchanged (increase 0): there is no increase to reward, not eligible", () => {
    const r = clauseResult("visual-intelligence/1", {
      visualIntelligence: {
        chainLeader: true,
        supplierOrdersCurrent: 300_000_000,
        supplierOrdersPrevious: 300_000_000,
      },
    });
    expect(r.status).toBe("ineligible");
  });

  it("an enterprise that is not a chain leader is not eligible", () => {
    const r = clauseResult("visual-intelligence/1", {
      visualIntelligence: {
        chainLeader: false,
        supplierOrdersCurrent: 360_000_000,
        supplierOrdersPrevious: 300_000_000,
      },
    });
    expect(r.status).toBe("ineligible");
  });

  it("without last year's orders the increase cannot be known: it asks for both years", () => {
    const r = clauseResult("visual-intelligence/1", {
      visualIntelligence: { chainLeader: true, supplierOrdersCurrent: 360_000_000 },
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual([
      "visualIntelligence.supplierOrdersCurrent",
      "visualIntelligence.supplierOrdersPrevious",
    ]);
  });
});

describe("visual-intelligence/2 headquarters enterprises first rated three-star or higher (unspecified)", () => {
  it("first rated three-star (never rated before): eligible for the tiered reward, amount not stated", () => {
    const r = clauseResult("visual-intelligence/2", {
      visualIntelligence: { hqStarRating: 3, hqPreviousStarRating: 0 },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("raised from three to four stars: eligible for the difference", () => {
    const r = clauseResult("visual-intelligence/2", {
      visualIntelligence: { hqStarRating: 4, hqPreviousStarRating: 3 },
    });
    expect(r.status).toBe("eligible");
  });

  it("two stars is below three-star: not eligible, gap shown", () => {
    const r = clauseResult("visual-intelligence/2", {
      visualIntelligence: { hqStarRating: 2, hqPreviousStarRating: 0 },
    });
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({ actual: 2, required: 3, comparator: ">=" });
  });

  it("three stars again after three stars before: not first, not raised, not eligible", () => {
    const r = clauseResult("visual-intelligence/2", {
      visualIntelligence: { hqStarRating: 3, hqPreviousStarRating: 3 },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("visual-intelligence/3 software enterprises first reaching a revenue scale (unspecified)", () => {
  const base = {
    enterprise: { industries: ["visual-intelligence" as const] },
    visualIntelligence: { softwareEnterprise: true },
  };

  it("a visual-intelligence software enterprise whose revenue grew is eligible; threshold and amount not stated", () => {
    const r = clauseResult("visual-intelligence/3", {
      ...base,
      finance: { current: { revenue: 120_000_000 }, previous: { revenue: 90_000_000 } },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("revenue equal to last year's cannot first reach a new scale: not eligible", () => {
    const r = clauseResult("visual-intelligence/3", {
      ...base,
      finance: { current: { revenue: 90_000_000 }, previous: { revenue: 90_000_000 } },
    });
    expect(r.status).toBe("ineligible");
  });

  it("not a software enterprise: not eligible", () => {
    const r = clauseResult("visual-intelligence/3", {
      ...base,
      visualIntelligence: { softwareEnterprise: false },
      finance: { current: { revenue: 120_000_000 }, previous: { revenue: 90_000_000 } },
    });
    expect(r.status).toBe("ineligible");
  });
});
