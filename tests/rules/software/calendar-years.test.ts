import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { conditionLabels, conditionLabelsEn, statusOf, stepLabels } from "@/tests/helpers/years";
import { sw } from "./fixtures";

/**
 * Version-2 profiles key yearly figures by calendar year; the 2026 round evaluates the events of
 * 2025, so 2025 is the event year, 2024 the year before and 2023 the one before that.
 */
const v2 = (
  finance: Record<number, Record<string, number>>,
  { software, ...rest }: Record<string, unknown> = {},
) => sw(software as object, { version: 2, finance, ...rest } as never);

describe("software/1-a revenue tiers, by calendar year", () => {
  it("2025 revenue 600,000,000 after 400,000,000 in 2024 and 300,000,000 in 2023: 5 亿 reached for the first time → 500,000", () => {
    const r = clauseResult(
      "software/1-a",
      v2({
        2025: { revenue: 600_000_000 },
        2024: { revenue: 400_000_000 },
        2023: { revenue: 300_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 500_000, max: 500_000 });
    expect(conditionLabels(r)).toContain("2025 年营业收入达到 5 亿元");
    expect(statusOf(r, "首次达到本档（年营收首次达到 5 亿元），2024 年、2023 年未达到")).toBe(
      "met",
    );
    expect(conditionLabelsEn(r)).toContain(
      "this tier (revenue first reaching CNY 500M) reached for the first time, not in 2024 or 2023",
    );
    expect(stepLabels(r)[0]).toBe("2025 年营业收入奖励：年营收首次达到 5 亿元");
  });

  it("the 5 亿 tier already reached in 2023 (550,000,000), though not in 2024: not a first reach in 2025, ineligible", () => {
    const r = clauseResult(
      "software/1-a",
      v2({
        2025: { revenue: 600_000_000 },
        2024: { revenue: 400_000_000 },
        2023: { revenue: 550_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "首次达到本档（年营收首次达到 5 亿元），2024 年、2023 年未达到")).toBe(
      "unmet",
    );
  });

  it("2025 revenue 1,200,000,000 after 800,000,000 in 2024: the 10 亿 tier less the 5 亿 tier 2024 reached, 1,000,000 − 500,000 = 500,000", () => {
    const r = clauseResult(
      "software/1-a",
      v2({ 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 800_000_000 } }),
      2026,
    );
    expect(r.amount).toEqual({ min: 500_000, max: 500_000 });
    expect(stepLabels(r)).toEqual([
      "2025 年营业收入奖励：年营收首次达到 10 亿元",
      "2024 年、2023 年已达较低档（年营收首次达到 5 亿元）应获奖励，未申领的也计入",
    ]);
  });

  it("figures filed under 2025 are not the 2025 round's (events of 2024): 2024 revenue unknown, needs information", () => {
    const r = clauseResult(
      "software/1-a",
      v2({ 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 800_000_000 } }),
      2025,
    );
    expect(r.status).toBe("needs-info");
    expect(r.amount).toBeNull();
    expect(conditionLabels(r)).toContain("2024 年营业收入达到 5 亿元");
    expect(statusOf(r, "首次达到本档（年营收首次达到 5 亿元），2023 年、2022 年未达到")).toBe(
      "unknown",
    );
  });
});

describe("software/1-b revenue growth, by calendar year", () => {
  const growth = { growthStandardMet: true };

  it("2025 revenue 1,200,000,000 after 1,000,000,000 in 2024: 1% of the 200,000,000 increase = up to 2,000,000", () => {
    const r = clauseResult(
      "software/1-b",
      v2(
        { 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 1_000_000_000 } },
        { software: growth },
      ),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(statusOf(r, "2024 年营业收入")).toBe("met");
    expect(statusOf(r, "2024 年 → 2025 年营业收入增长")).toBe("met");
    expect(conditionLabelsEn(r)).toContain("revenue grew 2024 → 2025");
    expect(stepLabels(r)[0]).toBe("营业收入增量（2025 年 − 2024 年）");
  });

  it("2025 revenue below 2024's (900,000,000 after 1,000,000,000): no growth, ineligible", () => {
    const r = clauseResult(
      "software/1-b",
      v2(
        { 2025: { revenue: 900_000_000 }, 2024: { revenue: 1_000_000_000 } },
        { software: growth },
      ),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "2024 年 → 2025 年营业收入增长")).toBe("unmet");
  });

  it("the same figures in the 2025 round (events of 2024): 2023 revenue unknown, needs information", () => {
    const r = clauseResult(
      "software/1-b",
      v2(
        { 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 1_000_000_000 } },
        { software: growth },
      ),
      2025,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2023 年营业收入")).toBe("unknown");
  });
});

describe("software/1-c district contribution, by calendar year", () => {
  it("2025 revenue 600,000,000, city-retained contribution 30,000,000 in 2025 after 20,000,000 in 2024: 30,000,000 − 20,000,000 = 10,000,000 to the district", () => {
    const r = clauseResult(
      "software/1-c",
      v2(
        {
          2025: { revenue: 600_000_000, cityRetainedContribution: 30_000_000 },
          2024: { cityRetainedContribution: 20_000_000 },
        },
        { enterprise: { roles: ["district-government"] } },
      ),
      2026,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 10_000_000, max: 10_000_000 });
    expect(statusOf(r, "2025 年营业收入 5 亿元（含）以上")).toBe("met");
    expect(statusOf(r, "2025 年市级留成贡献较 2024 年新增")).toBe("met");
    expect(stepLabels(r)[0]).toBe("市级留成新增贡献（2025 年 − 2024 年）");
  });
});

describe("software/3 R&D investment, by calendar year (the year before the event year)", () => {
  it("2024 revenue 300,000,000 (25% over 240,000,000 in 2023), 2024 R&D 90,000,000 (30%): (90,000,000 − 20% × 300,000,000) × 20% = up to 6,000,000", () => {
    const r = clauseResult(
      "software/3",
      v2({
        2024: { revenue: 300_000_000, rdExpense: 90_000_000 },
        2023: { revenue: 240_000_000 },
      }),
      2026,
    );
    expect(r.amount).toEqual({ min: 0, max: 6_000_000 });
    expect(statusOf(r, "2024 年营业收入 2 亿元（含）以上")).toBe("met");
    expect(statusOf(r, "2023 年 → 2024 年营业收入增速超过 20%")).toBe("met");
    expect(statusOf(r, "2024 年研发投入占营业收入的比例超过 20%")).toBe("met");
    expect(stepLabels(r).slice(0, 2)).toEqual([
      "2024 年研发投入",
      "2024 年营业收入的 20%（不计入的部分）",
    ]);
  });

  it("growth of exactly 20% from 2023 to 2024 (250,000,000 → 300,000,000) is not above 20%: ineligible", () => {
    const r = clauseResult(
      "software/3",
      v2({
        2024: { revenue: 300_000_000, rdExpense: 90_000_000 },
        2023: { revenue: 250_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "2023 年 → 2024 年营业收入增速超过 20%")).toBe("unmet");
  });

  it("figures filed under 2025 and 2024 do not serve the 2026 round's 2024 / 2023 reading: 2023 revenue unknown, needs information", () => {
    const r = clauseResult(
      "software/3",
      v2({
        2025: { revenue: 300_000_000, rdExpense: 90_000_000 },
        2024: { revenue: 240_000_000 },
      }),
      2026,
    );
    expect(r.status).toBe("needs-info");
    expect(statusOf(r, "2023 年 → 2024 年营业收入增速超过 20%")).toBe("unknown");
  });
});

describe("software/4-a first-version software, average growth by calendar year", () => {
  const product = {
    id: "fv-1",
    name: "工业设计仿真软件 V1.0",
    listLevel: "provincial",
    annualSales: 50_000_000,
  };

  it("revenue 100,000,000 in 2023 → 121,000,000 in 2025 (exactly 10% a year), provincial list, 2025 sales 50,000,000: 2% = 1,000,000", () => {
    const r = clauseResult(
      "software/4-a",
      v2(
        { 2025: { revenue: 121_000_000 }, 2023: { revenue: 100_000_000 } },
        { software: { firstVersionProducts: [product] } },
      ),
      2026,
    );
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
    expect(statusOf(r, "营业收入年均增长 10% 以上（2023 年 → 2025 年）")).toBe("met");
    expect(statusOf(r, "2025 年首版次软件销售额达到 1000 万元")).toBe("met");
    expect(stepLabels(r)[0]).toBe("2025 年首版次软件销售额");
  });

  it("120,999,999 in 2025 after 100,000,000 in 2023 falls just short of 10% a year: ineligible", () => {
    const r = clauseResult(
      "software/4-a",
      v2(
        { 2025: { revenue: 120_999_999 }, 2023: { revenue: 100_000_000 } },
        { software: { firstVersionProducts: [product] } },
      ),
      2026,
    );
    expect(r.status).toBe("ineligible");
    expect(statusOf(r, "营业收入年均增长 10% 以上（2023 年 → 2025 年）")).toBe("unmet");
  });
});
