import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf } from "@/tests/helpers/years";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year and 2024 the year before.
 */
describe("visual-intelligence/3 revenue first reaching a scale, by calendar year", () => {
  const input = (finance: Record<number, { revenue: number }>) => ({
    version: 2,
    enterprise: { industries: ["visual-intelligence"] },
    visualIntelligence: { softwareEnterprise: true },
    finance,
  });
  const GREW = "2025 年营业收入高于 2024 年（首次达到新规模的前提）";

  it("revenue 1,200,000,000 in 2025 after 800,000,000 in 2024: revenue grew, eligible (scale and amount not stated)", () => {
    const r = clauseResult(
      "visual-intelligence/3",
      input({ 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 800_000_000 } }),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(statusOf(r, GREW)).toBe("met");
    expect(conditionLabelsEn(r)).toContain(
      "revenue 2025 above 2024 (needed to reach a scale for the first time)",
    );
  });

  it("revenue 800,000,000 in 2025 after 1,200,000,000 in 2024: no first reach, ineligible", () => {
    const r = clauseResult(
      "visual-intelligence/3",
      input({ 2025: { revenue: 800_000_000 }, 2024: { revenue: 1_200_000_000 } }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, GREW)).toBe("unmet");
  });

  it("the same figures in the 2025 round (events of 2024): 2025's revenue is not read, 2023's is missing, needs information", () => {
    const r = clauseResult(
      "visual-intelligence/3",
      input({ 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 800_000_000 } }),
      2025,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2024 年营业收入高于 2023 年（首次达到新规模的前提）")).toBe("unknown");
    expect(r.questions).toContain("finance.previous.revenue");
  });
});

describe("visual-intelligence/1 chain leaders' orders, by calendar year", () => {
  it("orders 360,000,000 in 2025 after 300,000,000 in 2024 grew: eligible, rate not stated", () => {
    const r = clauseResult(
      "visual-intelligence/1",
      {
        visualIntelligence: {
          chainLeader: true,
          supplierOrdersCurrent: 360_000_000,
          supplierOrdersPrevious: 300_000_000,
        },
      },
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(statusOf(r, "2025 年向上下游配套企业执行的非关联交易订单额较 2024 年增加")).toBe("met");
  });
});
