import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/5 device makers using first-to-market chips", () => {
  it("a device maker buying 25,000,000 of first-to-market chips is eligible; the tiers are not published, so no amount", () => {
    const r = clauseResult(
      "integrated-circuits/5",
      ic({ terminalMakerOrIntegrator: true, firstMarketPurchases: 25_000_000 }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("purchases of exactly 10,000,000 (达 1000 万元以上, inclusive) qualify", () => {
    expect(
      clauseResult(
        "integrated-circuits/5",
        ic({ terminalMakerOrIntegrator: true, firstMarketPurchases: 10_000_000 }),
      ).status,
    ).toBe("eligible");
  });

  it("purchases of 9,999,999 do not, with the gap as a near miss", () => {
    const r = clauseResult(
      "integrated-circuits/5",
      ic({ terminalMakerOrIntegrator: true, firstMarketPurchases: 9_999_999 }),
    );
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap?.required).toBe(10_000_000);
  });

  it("a buyer that is neither a device maker nor an integrator is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/5",
        ic({ terminalMakerOrIntegrator: false, firstMarketPurchases: 25_000_000 }),
      ).status,
    ).toBe("ineligible");
  });
});
