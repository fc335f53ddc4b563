import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("artificial-intelligence/3-a data-sharing suppliers in the top 5 (unspecified, district subsidy)", () => {
  it("a data-service provider is eligible to be selected and ranked; the amount is not stated", () => {
    const r = clauseResult("artificial-intelligence/3-a", {
      artificialIntelligence: { dataServiceTransactionValue: 60_000_000 },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
    expect(
      r.items[0]?.conditions.filter((c) => c.status === "to-win").map((c) => c.label.zh),
    ).toEqual(["遴选为市级数据开放共享供应商", "年度数据服务交易额列全市前 5 位"]);
  });

  it("the smallest transaction value (1 yuan) already counts as having data-service transactions", () => {
    const r = clauseResult("artificial-intelligence/3-a", {
      artificialIntelligence: { dataServiceTransactionValue: 1 },
    });
    expect(r.status).toBe("eligible");
  });

  it("no data-service transactions: not eligible", () => {
    const r = clauseResult("artificial-intelligence/3-a", {
      artificialIntelligence: { dataServiceTransactionValue: 0 },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("artificial-intelligence/3-b SMEs buying data services (unspecified)", () => {
  it("an SME buying data services is eligible; amount not stated; the needs name whom to ask", () => {
    const r = clauseResult("artificial-intelligence/3-b", {
      enterprise: { sme: true },
      artificialIntelligence: { buysDataServices: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("a non-SME is not eligible", () => {
    const r = clauseResult("artificial-intelligence/3-b", {
      enterprise: { sme: false },
      artificialIntelligence: { buysDataServices: true },
    });
    expect(r.status).toBe("ineligible");
  });

  it("an SME not buying data services is not eligible", () => {
    const r = clauseResult("artificial-intelligence/3-b", {
      enterprise: { sme: true },
      artificialIntelligence: { buysDataServices: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
