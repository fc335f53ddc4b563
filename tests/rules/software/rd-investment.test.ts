import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { sw } from "./fixtures";

/** Last year's revenue and R&D, and the revenue of the year before. */
const figures = (revenue: number, rd: number, twoYearsAgo: number) =>
  sw(
    {},
    { finance: { previous: { revenue, rdExpense: rd }, twoYearsAgo: { revenue: twoYearsAgo } } },
  );

describe("software/3 R&D above 20% of revenue", () => {
  it("revenue 300,000,000 (+25%), R&D 90,000,000 (30%): 20% × (90,000,000 − 60,000,000) = 6,000,000, ranking still to win", () => {
    const r = clauseResult("software/3", figures(300_000_000, 90_000_000, 240_000_000));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 6_000_000 });
    expect(r.items[0]!.conditions.filter((c) => c.status === "to-win")).toHaveLength(1);
  });

  it("revenue exactly 200,000,000 (含), R&D 60,000,000: 20% × 20,000,000 = 4,000,000", () => {
    expect(
      clauseResult("software/3", figures(200_000_000, 60_000_000, 160_000_000)).amount,
    ).toEqual({ min: 0, max: 4_000_000 });
  });

  it("revenue 199,999,999: not eligible", () => {
    expect(clauseResult("software/3", figures(199_999_999, 60_000_000, 150_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("growth exactly 20% (超过 20% required): not eligible", () => {
    const r = clauseResult("software/3", figures(240_000_000, 72_000_000, 200_000_000));
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses.map((c) => c.gap)).toEqual([
      { actual: 20, required: 20, unit: "percent", comparator: ">" },
    ]);
  });

  it("R&D exactly 20% of revenue (超过 required): not eligible", () => {
    expect(clauseResult("software/3", figures(300_000_000, 60_000_000, 240_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("base exactly 50,000,000 reaches the 10,000,000 cap: revenue 250,000,000, R&D 100,000,000", () => {
    expect(
      clauseResult("software/3", figures(250_000_000, 100_000_000, 200_000_000)).amount,
    ).toEqual({ min: 0, max: 10_000_000 });
  });

  it("revenue 500,000,000, R&D 250,000,000: 20% × 150,000,000 = 30,000,000 capped at 10,000,000", () => {
    expect(
      clauseResult("software/3", figures(500_000_000, 250_000_000, 400_000_000)).amount,
    ).toEqual({ min: 0, max: 10_000_000 });
  });

  it("without the revenue of the year before last, growth cannot be judged", () => {
    const r = clauseResult(
      "software/3",
      sw({}, { finance: { previous: { revenue: 300_000_000, rdExpense: 90_000_000 } } }),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("finance.twoYearsAgo.revenue");
  });
});
