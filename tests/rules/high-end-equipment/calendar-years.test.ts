import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf, stepLabels } from "@/tests/helpers/years";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year, 2024 the year before and 2023 the one before that.
 */
type Finance = Record<number, Record<string, number>>;

describe("high-end-equipment/2-a NEV value added over two years, by calendar year", () => {
  const ID = "high-end-equipment/2-a";
  const input = (finance: Finance) => ({
    version: 2,
    highEndEquipment: {
      vehicleMaker: true,
      approvedCapacity: 200_000,
      actualCapacity: 160_000,
      actualOutput: 150_000,
      nevOutput: 90_000,
    },
    finance,
  });
  const GREW = "2025 年工业增加值较 2024 年有新增";
  const KEPT = "上年同比保持增长：2024 年高于 2023 年";

  it("value added 1,900,000,000 in 2025, 1,800,000,000 in 2024, 1,700,000,000 in 2023: 5% × (1,900,000,000 − 1,800,000,000) = up to 5,000,000", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { valueAdded: 1_900_000_000 },
        2024: { valueAdded: 1_800_000_000 },
        2023: { valueAdded: 1_700_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
    expect(statusOf(r, GREW)).toBe("met");
    expect(statusOf(r, KEPT)).toBe("met");
    expect(statusOf(r, "2025 年实际产能达到核准产能 75%")).toBe("met");
    expect(conditionLabelsEn(r)).toContain("growth kept: 2024 above 2023");
    expect(stepLabels(r)[0]).toBe("新增工业增加值（2025 年 − 2024 年）");
  });

  it("2024 (1,800,000,000) below 2023 (1,850,000,000): growth not kept (上年同比保持增长), ineligible", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { valueAdded: 1_900_000_000 },
        2024: { valueAdded: 1_800_000_000 },
        2023: { valueAdded: 1_850_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, GREW)).toBe("met");
    expect(statusOf(r, KEPT)).toBe("unmet");
  });

  it("2023 not filed: whether growth was kept is unknown, needs information", () => {
    const r = clauseResult(
      ID,
      input({ 2025: { valueAdded: 1_900_000_000 }, 2024: { valueAdded: 1_800_000_000 } }),
      2026,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, KEPT)).toBe("unknown");
  });

  it("the same three years in the 2025 round (events of 2024): 2025's figures are not read, and 2022 is missing, needs information", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { valueAdded: 1_900_000_000 },
        2024: { valueAdded: 1_800_000_000 },
        2023: { valueAdded: 1_700_000_000 },
      }),
      2025,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2024 年工业增加值较 2023 年有新增")).toBe("met");
    expect(statusOf(r, "上年同比保持增长：2023 年高于 2022 年")).toBe("unknown");
  });
});

describe("high-end-equipment/2-c parts purchases, by calendar year", () => {
  it("purchases 150,000,000 in 2025 after 140,000,000 in 2024 (7%) and 130,000,000 in 2023: 1% × 10,000,000 = up to 100,000", () => {
    const r = clauseResult(
      "high-end-equipment/2-c",
      {
        highEndEquipment: {
          vehicleMaker: true,
          partsPurchasesCurrent: 150_000_000,
          partsPurchasesPrevious: 140_000_000,
          partsPurchasesTwoYearsAgo: 130_000_000,
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
    expect(statusOf(r, "2025 年采购非关联零部件企业产品金额")).toBe("met");
    expect(statusOf(r, "2025 年采购额较 2024 年增长 2% 以上")).toBe("met");
    expect(statusOf(r, "上年同比保持增长：2024 年高于 2023 年")).toBe("met");
    expect(stepLabels(r)[0]).toBe("采购额新增部分（2025 年 − 2024 年）");
  });
});

describe("high-end-equipment/4-a robot makers' purchases, by calendar year", () => {
  it("purchases 30,000,000 in 2025 after 20,000,000 in 2024 and 15,000,000 in 2023: 5% × 10,000,000 = up to 500,000", () => {
    const r = clauseResult(
      "high-end-equipment/4-a",
      {
        highEndEquipment: {
          keyField: "robot",
          partsPurchasesCurrent: 30_000_000,
          partsPurchasesPrevious: 20_000_000,
          partsPurchasesTwoYearsAgo: 15_000_000,
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
    expect(statusOf(r, "2025 年采购额较 2024 年有新增")).toBe("met");
    expect(statusOf(r, "上年同比保持增长：2024 年高于 2023 年")).toBe("met");
    expect(stepLabels(r)[0]).toBe("采购额新增部分（2025 年 − 2024 年）");
  });
});

describe("high-end-equipment/3-a connected vehicles: output first reaching a tier, by calendar year", () => {
  const ID = "high-end-equipment/3-a";
  const input = (finance: Finance) => ({
    version: 2,
    highEndEquipment: { icvEnterprise: true, keyTechBreakthrough: true, formedSales: true },
    finance,
  });

  it("output 120,000,000 in 2025 after 90,000,000 in 2024 (+33%) and 80,000,000 in 2023: 1 亿 reached for the first time → up to 1,000,000", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { outputValue: 120_000_000 },
        2024: { outputValue: 90_000_000 },
        2023: { outputValue: 80_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
    expect(statusOf(r, "2025 年企业产值")).toBe("met");
    expect(statusOf(r, "2025 年产值较 2024 年增长 20% 以上")).toBe("met");
    expect(statusOf(r, "上年同比保持增长：2024 年高于 2023 年")).toBe("met");
    expect(statusOf(r, "首次达到本档（年产值首次达到 1 亿元），2024 年、2023 年未达到")).toBe(
      "met",
    );
    expect(stepLabels(r)[0]).toBe("2025 年产值一次性奖励：年产值首次达到 1 亿元");
  });

  it("output 600,000,000 in 2025 after 450,000,000 in 2024 and 400,000,000 in 2023: the 5 亿 tier's 2,000,000 less the 1 亿 tier 2024 reached (1,000,000) = up to 1,000,000", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { outputValue: 600_000_000 },
        2024: { outputValue: 450_000_000 },
        2023: { outputValue: 400_000_000 },
      }),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
    expect(stepLabels(r)).toContain(
      "2024 年、2023 年已达较低档（年产值首次达到 1 亿元）应获奖励，未申领的也计入",
    );
  });

  it("output 120,000,000 in 2025 and 100,000,000 already in 2023 (90,000,000 in 2024): 1 亿 was first reached in 2023, and 2024 did not grow on 2023, ineligible", () => {
    const r = clauseResult(
      ID,
      input({
        2025: { outputValue: 120_000_000 },
        2024: { outputValue: 90_000_000 },
        2023: { outputValue: 100_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "上年同比保持增长：2024 年高于 2023 年")).toBe("unmet");
  });

  it("figures filed under 2026 and 2025 are not the 2026 round's 2025 / 2024: 2024 output unknown, needs information", () => {
    const r = clauseResult(
      ID,
      input({ 2026: { outputValue: 150_000_000 }, 2025: { outputValue: 120_000_000 } }),
      2026,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2025 年产值较 2024 年增长 20% 以上")).toBe("unknown");
  });
});

describe("high-end-equipment/2-b new vehicle models first reaching a sales tier, by calendar year", () => {
  it("sales 6,000,000,000 in 2025, best earlier year 0: the 50 亿 tier for the first time → up to 2,000,000", () => {
    const r = clauseResult(
      "high-end-equipment/2-b",
      {
        highEndEquipment: {
          vehicleMaker: true,
          newVehicleModels: [
            {
              id: "M1",
              name: "星河 S7",
              newlyListed: true,
              annualSales: 6_000_000_000,
              priorBestAnnualSales: 0,
            },
          ],
        },
      },
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(statusOf(r, "首次达到本档（年度销售额首次达到 50 亿元以上），2025 年以前未达到")).toBe(
      "met",
    );
    expect(stepLabels(r)[0]).toBe("2025 年新车型奖励：年度销售额首次达到 50 亿元以上");
  });
});
