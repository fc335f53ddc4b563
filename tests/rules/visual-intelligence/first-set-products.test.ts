import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const product = (id: string, qualifies: boolean, nonAffiliatedSales: number) => ({
  id,
  name: `智能视觉终端${id}`,
  qualifies,
  nonAffiliatedSales,
});

describe("visual-intelligence/12 first-of-a-kind terminals' sales to non-affiliated parties (unspecified)", () => {
  it("a qualifying terminal sold 8,000,000 to non-affiliated buyers is eligible; the rate is not stated", () => {
    const r = clauseResult("visual-intelligence/12", {
      visualIntelligence: { firstSetProducts: [product("t1", true, 8_000_000)] },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("a qualifying terminal with no non-affiliated sales (0) is not eligible", () => {
    const r = clauseResult("visual-intelligence/12", {
      visualIntelligence: { firstSetProducts: [product("t1", true, 0)] },
    });
    expect(r.status).toBe("ineligible");
  });

  it("a product outside the promotion guide is not eligible", () => {
    const r = clauseResult("visual-intelligence/12", {
      visualIntelligence: { firstSetProducts: [product("t1", false, 8_000_000)] },
    });
    expect(r.status).toBe("ineligible");
  });
});
