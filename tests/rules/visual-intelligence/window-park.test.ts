import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("visual-intelligence/4 plot ratio in the window park (non-monetary)", () => {
  it("an approved project in the window park without special processes is eligible; no money", () => {
    const r = clauseResult("visual-intelligence/4", {
      visualIntelligence: { windowParkProject: true, specialProcess: false },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("an industry with special process requirements is excluded", () => {
    const r = clauseResult("visual-intelligence/4", {
      visualIntelligence: { windowParkProject: true, specialProcess: true },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("visual-intelligence/5 floor-area transfer for chain leaders' parks of CNY 1B or more (non-monetary)", () => {
  const park = (smallEnterpriseParkInvestment: number) => ({
    visualIntelligence: {
      chainLeader: true,
      smallEnterpriseParkProject: true,
      smallEnterpriseParkInvestment,
    },
  });

  it("fixed-asset investment exactly 1,000,000,000 (10 亿元以上 is inclusive): eligible, subject to local approval", () => {
    const r = clauseResult("visual-intelligence/5", park(1_000_000_000));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("999,999,999: just below, not eligible, gap shown", () => {
    const r = clauseResult("visual-intelligence/5", park(999_999_999));
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({
      actual: 999_999_999,
      required: 1_000_000_000,
      comparator: ">=",
    });
  });

  it("not a chain leader: not eligible", () => {
    const r = clauseResult("visual-intelligence/5", {
      visualIntelligence: {
        chainLeader: false,
        smallEnterpriseParkProject: true,
        smallEnterpriseParkInvestment: 2_000_000_000,
      },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("visual-intelligence/6-a land quotas for the window park (district governments)", () => {
  it("the Xiaoshan government is a window-park district: eligible", () => {
    const r = clauseResult("visual-intelligence/6-a", {
      enterprise: { roles: ["district-government"], district: "萧山区" },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("the Fuyang government is not: not eligible", () => {
    const r = clauseResult("visual-intelligence/6-a", {
      enterprise: { roles: ["district-government"], district: "富阳区" },
    });
    expect(r.status).toBe("ineligible");
  });

  it("an enterprise in Binjiang does not collect a land quota", () => {
    const r = clauseResult("visual-intelligence/6-a", { enterprise: { district: "滨江区" } });
    expect(r.forApplicant).toBe(false);
  });
});

describe("visual-intelligence/6-b key supporting processes in the window park (non-monetary, review)", () => {
  it("a major project's key process is eligible after review", () => {
    const r = clauseResult("visual-intelligence/6-b", {
      visualIntelligence: { keySupportingProcess: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
  });

  it("no such process: not eligible", () => {
    const r = clauseResult("visual-intelligence/6-b", {
      visualIntelligence: { keySupportingProcess: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
