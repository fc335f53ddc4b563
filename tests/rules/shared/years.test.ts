import { describe, expect, it } from "vitest";
import {
  earlierThan,
  growthLabel,
  increaseLabel,
  yearLabel,
  yearOf,
  yearText,
  yearsBefore,
} from "@/rules/shared/years";

describe("labels naming calendar years from the event year", () => {
  it("yearOf: event year 2025, offsets 0 / −1 / −2 → 2025 / 2024 / 2023", () => {
    expect([yearOf(2025), yearOf(2025, -1), yearOf(2025, -2)]).toEqual([2025, 2024, 2023]);
  });

  it("yearLabel puts the year before the Chinese and after the English, without separators", () => {
    expect(yearLabel(2025, -1, "营业收入", "revenue")).toEqual({
      zh: "2024 年营业收入",
      en: "revenue 2024",
    });
  });

  it("yearText fills {y}, {y-1} and {y-2}", () => {
    expect(yearText(2025, "{y} 年较 {y-1} 年，{y-2} 年", "{y-2}, {y-1} → {y}")).toEqual({
      zh: "2025 年较 2024 年，2023 年",
      en: "2023, 2024 → 2025",
    });
  });

  it("growthLabel: 2024 → 2025 by default, 2023 → 2024 with offsets −2 and −1", () => {
    expect(growthLabel(2025, "营业收入增长", "revenue grew")).toEqual({
      zh: "2024 年 → 2025 年营业收入增长",
      en: "revenue grew 2024 → 2025",
    });
    expect(growthLabel(2025, "营业收入增长", "revenue grew", -2, -1).zh).toBe(
      "2023 年 → 2024 年营业收入增长",
    );
  });

  it("increaseLabel, yearsBefore and earlierThan", () => {
    expect(increaseLabel(2025, "采购额新增部分", "increase in purchases")).toEqual({
      zh: "采购额新增部分（2025 年 − 2024 年）",
      en: "increase in purchases (2025 − 2024)",
    });
    expect(yearsBefore(2025)).toEqual({ zh: "2024 年、2023 年", en: "2024 or 2023" });
    expect(earlierThan(2025)).toEqual({ zh: "2025 年以前", en: "a year before 2025" });
  });
});
