import { describe, expect, it } from "vitest";
import {
  moneyFromInput,
  moneyInUnit,
  moneySpokenBack,
  parseMoney,
  suspiciousUnit,
} from "@/lib/units/money-input";

describe("parseMoney", () => {
  it.each([
    ["3000", "wan", 30_000_000], // 3000 万元 = 3000 × 10^4 元
    ["3000万", "yuan", 30_000_000], // the written unit wins over the field's
    ["3000 万元", "yi", 30_000_000],
    ["1.2亿", "wan", 120_000_000], // 1.2 × 10^8
    ["0.3", "yi", 30_000_000],
    ["30,000,000", "yuan", 30_000_000],
    ["30,000,000元", "wan", 30_000_000],
    ["３０００", "wan", 30_000_000], // full-width digits
    ["¥1,234", "yuan", 1_234],
    ["0.0001", "wan", 1], // 1 元
  ] as const)("%s in %s is %i yuan", (text, unit, yuan) => {
    expect(parseMoney(text, unit)?.yuan).toBe(yuan);
  });

  it("keeps decimals below one yuan visible (the schema refuses them)", () => {
    expect(parseMoney("0.00005", "wan")?.yuan).toBe(0.5);
  });

  it("reads nothing from text that is not a figure", () => {
    expect(parseMoney("三千万", "wan")).toBeUndefined();
    expect(moneyFromInput("abc", "wan")).toBe("abc");
    expect(moneyFromInput("  ", "wan")).toBeUndefined();
  });
});

describe("moneyInUnit and the value spoken back", () => {
  it("writes yuan in each unit exactly", () => {
    expect(moneyInUnit(30_000_000, "wan")).toBe("3000");
    expect(moneyInUnit(30_000_000, "yi")).toBe("0.3");
    expect(moneyInUnit(12_345, "wan")).toBe("1.2345");
    expect(moneyInUnit(0, "yi")).toBe("0");
  });
  it("speaks 30,000,000 元 back as 3,000 万元 and 0.3 亿元", () => {
    expect(moneySpokenBack(30_000_000, "zh")).toBe("= 30,000,000 元 = 3,000 万元 = 0.3 亿元");
    expect(moneySpokenBack(30_000_000, "en")).toBe(
      "= CNY 30,000,000 = 3,000 × 10,000 yuan = 0.3 × 100 million yuan",
    );
  });
});

describe("suspiciousUnit", () => {
  it("asks about 30000000 typed in 万元 (3,000 亿元): did you mean 3,000 万元 = 30,000,000 元?", () => {
    expect(suspiciousUnit(300_000_000_000, "wan")).toEqual({ asYuan: 30_000_000 });
  });
  it("accepts 99.99 亿元 and anything typed in 元", () => {
    expect(suspiciousUnit(9_999_000_000, "wan")).toBeUndefined(); // below 100 亿元
    expect(suspiciousUnit(10_000_000_000, "wan")).toEqual({ asYuan: 1_000_000 }); // at 100 亿元
    expect(suspiciousUnit(300_000_000_000, "yuan")).toBeUndefined();
  });
});
