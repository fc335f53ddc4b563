import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf } from "@/tests/helpers/years";
import { ic } from "./fixtures";

/** The 2026 round evaluates the events of 2025: the purchases are 2025's. */
describe("integrated-circuits/5 purchases of first-to-market chips, by calendar year", () => {
  it("25,000,000 bought in 2025 (at least 10,000,000): eligible, tiers not published", () => {
    const r = clauseResult(
      "integrated-circuits/5",
      ic({ terminalMakerOrIntegrator: true, firstMarketPurchases: 25_000_000 }),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(statusOf(r, "2025 年采购非关联集成电路企业首次上市产品累计达 1000 万元以上")).toBe(
      "met",
    );
    expect(conditionLabelsEn(r)).toContain(
      "purchases of first-to-market products of non-affiliated IC enterprises of at least CNY 10M in 2025",
    );
  });

  it("9,999,999 bought in 2024, evaluated in the 2025 round: short by 1 yuan, ineligible", () => {
    const r = clauseResult(
      "integrated-circuits/5",
      ic({ terminalMakerOrIntegrator: true, firstMarketPurchases: 9_999_999 }),
      2025,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "2024 年采购非关联集成电路企业首次上市产品累计达 1000 万元以上")).toBe(
      "unmet",
    );
  });
});
