import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf, stepLabels } from "@/tests/helpers/years";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year and 2024 the year before.
 */
describe("green-energy/5.3-b R&D super-deduction, by calendar year", () => {
  const rd = (finance: Record<number, { rdExpense: number }>) => ({
    version: 2,
    greenEnergy: { sector: "energy-storage" },
    finance,
  });

  it("R&D 5,000,000 in 2025: eligible, amount under tax law", () => {
    const r = clauseResult("green-energy/5.3-b", rd({ 2025: { rdExpense: 5_000_000 } }), 2026);
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(statusOf(r, "2025 年有研发投入")).toBe("met");
    expect(conditionLabelsEn(r)).toContain("R&D expenses in 2025");
  });

  it("no R&D in 2025 (0), though 5,000,000 in 2024: ineligible", () => {
    const r = clauseResult(
      "green-energy/5.3-b",
      rd({ 2025: { rdExpense: 0 }, 2024: { rdExpense: 5_000_000 } }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "2025 年有研发投入")).toBe("unmet");
  });

  it("R&D filed under 2025 evaluated in the 2025 round (events of 2024): 2024 R&D unknown, needs information", () => {
    const r = clauseResult("green-energy/5.3-b", rd({ 2025: { rdExpense: 5_000_000 } }), 2025);
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2024 年有研发投入")).toBe("unknown");
  });
});

describe("green-energy/3.2 new-type storage sales growth, by calendar year", () => {
  it("sales 60,000,000 in 2025 after 35,000,000 in 2024: 25,000,000 growth = 2 full steps × 500,000 = up to 1,000,000", () => {
    const r = clauseResult(
      "green-energy/3.2",
      {
        greenEnergy: {
          emergingProduct: "sodium-ion-battery",
          relatedSalesCurrent: 60_000_000,
          relatedSalesPrevious: 35_000_000,
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
    expect(statusOf(r, "2025 年相关业务销售收入")).toBe("met");
    expect(statusOf(r, "2024 年相关业务销售收入")).toBe("met");
    expect(statusOf(r, "2025 年销售收入比 2024 年增加额（自 3000 万元起计）")).toBe("met");
    expect(stepLabels(r)[0]).toBe("2025 年销售收入比 2024 年增加额（自 3000 万元起计）");
  });
});

describe("green-energy/4.3-b green factory levels: the earlier level is named from 2023", () => {
  it("national in 2025 after provincial earlier, nothing recorded: 1,000,000 − 500,000 = up to 500,000", () => {
    const r = clauseResult(
      "green-energy/4.3-b",
      {
        greenEnergy: {
          greenFactoryLevel: "national",
          greenFactoryYear: 2025,
          greenFactoryEarlierLevel: "provincial",
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
    expect(statusOf(r, "首次达到本档（国家级绿色低碳工厂），此前（2023 年起）未达到")).toBe("met");
    expect(stepLabels(r)).toContain(
      "此前（2023 年起）已达较低档（省级绿色低碳工厂）应获奖励，未申领的也计入",
    );
  });
});
