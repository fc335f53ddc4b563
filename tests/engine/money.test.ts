import { describe, expect, it } from "vitest";
import {
  applyRate,
  asPercent,
  minusPoints,
  percent,
  perUnit,
  wan,
  yi,
  yuan,
} from "@/lib/engine/money";
import { formatWan, formatYuan, groupDigits } from "@/lib/engine/format";
import { t } from "@/lib/engine/text";

describe("money: integer yuan, rates as exact rationals, half-up rounding", () => {
  it("converts 万元 and 亿元 exactly: 600 万 = 6,000,000; 5 亿 = 500,000,000", () => {
    expect(wan(600)).toBe(6_000_000);
    expect(yi(5)).toBe(500_000_000);
    expect(wan(0.5)).toBe(5_000);
  });

  it("reads a rate as a number of percent: 20% → 20, 0.5% → 0.5", () => {
    expect(asPercent(percent(20))).toBe(20);
    expect(asPercent(percent(0.5))).toBe(0.5);
  });

  it("refuses non-integer yuan", () => {
    expect(() => yuan(1.5)).toThrow(RangeError);
  });

  it("40% × 30,000,000 = 12,000,000", () => {
    expect(applyRate(30_000_000, percent(40))).toBe(12_000_000);
  });

  it("rounds half up once: 1% × 12,345 = 123.45 → 123; 1% × 12,350 = 123.5 → 124", () => {
    expect(applyRate(12_345, percent(1))).toBe(123);
    expect(applyRate(12_350, percent(1))).toBe(124);
  });

  it("keeps decimal rates exact: 0.5% × 1,000,001 = 5,000.005 → 5,000", () => {
    expect(applyRate(1_000_001, percent(0.5))).toBe(5_000);
  });

  it("stays exact beyond 2^53 intermediate products: 30% × 9,000,000,000,000 = 2,700,000,000,000", () => {
    expect(applyRate(9_000_000_000_000, percent(30))).toBe(2_700_000_000_000);
  });

  it("per-unit rates: 0.2 元/W × 12,345 W = 2,469; 20 元/kg × 12.5 kg = 250", () => {
    expect(applyRate(12_345, perUnit(0.2, t("瓦", "W")))).toBe(2_469);
    expect(applyRate(12.5, perUnit(20, t("千克", "kg")))).toBe(250);
  });

  it("percentage points: 90% − 10 points = 80%; − 20 points = 70%", () => {
    expect(applyRate(100, minusPoints(percent(90), 10))).toBe(80);
    expect(applyRate(100, minusPoints(percent(90), 20))).toBe(70);
  });

  it("refuses a negative base", () => {
    expect(() => applyRate(-1, percent(10))).toThrow(RangeError);
  });
});

describe("money formatting", () => {
  it("groups digits: 12000000 → 12,000,000", () => {
    expect(groupDigits(12_000_000)).toBe("12,000,000");
    expect(groupDigits(999)).toBe("999");
  });
  it("formats 元 and 万元 in both languages", () => {
    expect(formatYuan(12_000_000)).toBe("12,000,000 元");
    expect(formatYuan(12_000_000, "en")).toBe("CNY 12,000,000");
    expect(formatWan(12_000_000)).toBe("1,200 万元");
    expect(formatWan(12_000_000, "en")).toBe("CNY 12M");
  });
});
