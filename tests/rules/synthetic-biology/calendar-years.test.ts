import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabelsEn, statusOf, stepLabels } from "@/tests/helpers/years";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year, 2024 the year before and 2023 the one before that.
 */
describe("synthetic-biology/2 R&D funding, by calendar year", () => {
  const rd = (finance: Record<number, { rdExpense: number }>) => ({
    version: 2,
    syntheticBiology: { recognisedEnterprise: true },
    finance,
  });

  it("R&D 30,000,000 in 2025: 10% × 30,000,000 = up to 3,000,000", () => {
    const r = clauseResult("synthetic-biology/2", rd({ 2025: { rdExpense: 30_000_000 } }), 2026);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
    expect(statusOf(r, "2025 年研发投入超过 1000 万元")).toBe("met");
    expect(conditionLabelsEn(r)).toContain("R&D investment above CNY 10M in 2025");
    expect(stepLabels(r)[0]).toBe("2025 年研发投入");
  });

  it("R&D filed under 2024 is not the 2026 round's (events of 2025): 2025 R&D unknown, needs information", () => {
    const r = clauseResult("synthetic-biology/2", rd({ 2024: { rdExpense: 30_000_000 } }), 2026);
    expect(r.status).toBe("needs-info");
    expect(r.amount).toBeNull();
    expect(statusOf(r, "2025 年研发投入超过 1000 万元")).toBe("unknown");
  });
});

describe("synthetic-biology/6-c revenue first above a tier, by calendar year", () => {
  const producer = (finance: Record<number, { revenue: number }>, peakRevenueBefore: number) => ({
    version: 2,
    finance,
    syntheticBiology: { producesBioMaterials: true, peakRevenueBefore },
  });

  it("revenue 150,000,000 in 2025, best earlier year 80,000,000: first above 1 亿 → up to 100,000", () => {
    const r = clauseResult(
      "synthetic-biology/6-c",
      producer({ 2025: { revenue: 150_000_000 } }, 80_000_000),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
    expect(statusOf(r, "2025 年营业收入超过 1 亿元")).toBe("met");
    expect(statusOf(r, "首次达到本档（营收首次超过 1 亿元），2025 年以前未达到")).toBe("met");
    expect(stepLabels(r)[0]).toBe("2025 年营业收入一次性奖励：营收首次超过 1 亿元");
  });

  it("revenue 250,000,000 in 2025, best earlier year 150,000,000 (the 1 亿 tier): 200,000 − 100,000 = up to 100,000", () => {
    const r = clauseResult(
      "synthetic-biology/6-c",
      producer({ 2025: { revenue: 250_000_000 } }, 150_000_000),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
    expect(stepLabels(r)).toContain(
      "2025 年以前已达较低档（营收首次超过 1 亿元）应获奖励，未申领的也计入",
    );
  });

  it("revenue filed under 2024 only, evaluated in the 2026 round: 2025 revenue unknown, needs information", () => {
    const r = clauseResult(
      "synthetic-biology/6-c",
      producer({ 2024: { revenue: 150_000_000 } }, 80_000_000),
      2026,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2025 年营业收入超过 1 亿元")).toBe("unknown");
  });
});

describe("synthetic-biology/7-b medical-aesthetic sales growing every year, by calendar year", () => {
  const selling = (salesCurrent: number, salesPrevious: number, salesTwoYearsAgo: number) => ({
    syntheticBiology: {
      aestheticProducts: [
        {
          id: "p1",
          name: "重组Ⅲ型人源化胶原蛋白",
          category: "drug",
          certified: true,
          industrialised: true,
          certificateYear: 2023,
          salesCurrent,
          salesPrevious,
          salesTwoYearsAgo,
        },
      ],
    },
  });

  it("certified 2023, sales 20,000,000 (2023) → 30,000,000 (2024) → 45,000,000 (2025): 15,000,000 new is 1 full step = up to 500,000", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      selling(45_000_000, 30_000_000, 20_000_000),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
    expect(statusOf(r, "2025 年在获证后 3 年内（获证当年及其后 2 个年度）")).toBe("met");
    expect(statusOf(r, "2025 年销售额较 2024 年增长")).toBe("met");
    expect(statusOf(r, "2024 年销售额较 2023 年增长（每年保持增长）")).toBe("met");
    expect(statusOf(r, "2025 年较 2024 年新增销售额满 1000 万元")).toBe("met");
    expect(stepLabels(r)[0]).toBe("新增销售额（2025 年 − 2024 年）");
  });

  it("sales 35,000,000 (2023) → 30,000,000 (2024) → 45,000,000 (2025): 2024 did not grow on 2023, ineligible", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      selling(45_000_000, 30_000_000, 35_000_000),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "2024 年销售额较 2023 年增长（每年保持增长）")).toBe("unmet");
  });
});
