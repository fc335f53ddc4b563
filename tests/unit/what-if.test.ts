import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { whatIfChoice, whatIfSeries } from "@/lib/browser/what-if";
import { profile } from "@/tests/helpers/profile";
import { findClause, registry } from "@/rules";
import { drug } from "../rules/biomedicine/fixtures";

const ROUND = roundOf(2025);
const clause = findClause("biomedicine/3")!;

/** A class-1 chemical drug in phase II (cap 20,000,000 at 40%), and a class-2 one listed first. */
const p = profile({
  enterprise: { industries: ["biomedicine"], fields: ["biomedicine"], roles: ["enterprise"] },
  biomedicine: {
    drugs: [
      drug({ id: "d0", name: "二类药", registrationClass: "2", rdInvestment: 5_000_000 }),
      drug({ id: "d1", name: "XY-101", rdInvestment: 30_000_000 }),
    ],
  },
});
const result = evaluate(registry, p, ROUND).clauses.find((c) => c.id === "biomedicine/3")!;

describe("what-if for biomedicine/3 (a class-1 drug in phase II: 40% of R&D, at most 20,000,000)", () => {
  const choice = whatIfChoice(clause, result, p, ROUND.eventYear);
  const fact = choice.facts.find((f) => f.path === choice.defaultPath)!;
  const series = whatIfSeries(registry, p, ROUND, clause, fact);
  const at = (x: number) => series.points.find((pt) => pt.x === x);

  it("offers the R&D of the paying drug (the second in the list) as the default fact", () => {
    expect(choice.item?.label).toBe("XY-101");
    expect(choice.defaultPath).toBe("biomedicine.drugs[].rdInvestment");
    expect(fact.at).toEqual(["biomedicine", "drugs", 1, "rdInvestment"]);
    expect(fact.value).toBe(30_000_000);
    expect(fact.label.zh).toMatch(/研发投入/);
  });

  it("marks the 20,000,000 phase-II cap and its knee at 20,000,000 ÷ 40% = 50,000,000", () => {
    expect(series.caps).toEqual([20_000_000]);
    expect(series.knees).toEqual([50_000_000]);
    expect(series.current).toBe(30_000_000);
  });

  it("spans 0 to 2 × 50,000,000 = 100,000,000 in about 40 steps, with the knee and the current value", () => {
    expect(series.points[0]!.x).toBe(0);
    expect(series.points.at(-1)!.x).toBe(100_000_000);
    expect(series.points.length).toBeGreaterThanOrEqual(41);
    expect(series.points.length).toBeLessThanOrEqual(45);
    expect(at(50_000_000)).toBeDefined();
  });

  it("R&D 30,000,000: 40% × 30,000,000 = 12,000,000; 60,000,000: 24,000,000 capped at 20,000,000", () => {
    expect(at(30_000_000)!.clause).toBe(12_000_000);
    expect(at(60_000_000)!.clause).toBe(20_000_000);
    // The total counts the amounts still to be won (after the review) too.
    expect(at(30_000_000)!.total).toBeGreaterThanOrEqual(12_000_000);
  });

  it("rises linearly to 50,000,000 (40% × x) and is flat at 20,000,000 from there", () => {
    for (const pt of series.points) {
      if (pt.x <= 50_000_000) expect(pt.clause).toBe(Math.round(pt.x * 0.4));
      else expect(pt.clause).toBe(20_000_000);
    }
  });

  it("changes nothing in the profile it was given", () => {
    expect(p.biomedicine!.drugs![1]!.rdInvestment).toBe(30_000_000);
  });
});

describe("what-if for a near miss (high-end-equipment/4-a: purchases of at least 10,000,000)", () => {
  const robots = findClause("high-end-equipment/4-a")!;
  const q = profile({
    enterprise: { fields: ["high-end-equipment"], roles: ["enterprise"] },
    highEndEquipment: {
      keyField: "robot",
      partsPurchasesCurrent: 9_000_000,
      partsPurchasesPrevious: 8_000_000,
      partsPurchasesTwoYearsAgo: 7_000_000,
    },
  });
  const r = evaluate(registry, q, ROUND).clauses.find((c) => c.id === robots.id)!;
  const choice = whatIfChoice(robots, r, q, ROUND.eventYear);
  const fact = choice.facts.find((f) => f.path === choice.defaultPath)!;
  const series = whatIfSeries(registry, q, ROUND, robots, fact);
  const at = (x: number) => series.points.find((pt) => pt.x === x)!;

  it("defaults to the figure that misses the threshold: this year's purchases", () => {
    expect(r.status).toBe("ineligible");
    expect(choice.defaultPath).toBe("highEndEquipment.partsPurchasesCurrent");
    expect(choice.facts.map((f) => f.path)).toContain("highEndEquipment.partsPurchasesPrevious");
  });

  it("marks last year's 8,000,000 (新增: more than it) and the 10,000,000 threshold, with a step from 0 at 9,999,999 to 5% × (10,000,000 − 8,000,000) = 100,000", () => {
    expect(series.thresholds).toEqual([8_000_000, 10_000_000]);
    expect(at(8_000_001).clause).toBe(0);
    expect(at(9_999_999).clause).toBe(0);
    expect(at(10_000_000).clause).toBe(100_000);
    expect(series.points.at(-1)!.x).toBe(20_000_000);
  });

  it("finds the 5,000,000 yearly cap from the figures where the clause pays", () => {
    expect(series.caps).toEqual([5_000_000]);
  });
});

describe("what-if for a yearly figure (software/1-b revenue growth, events of 2025 in the 2026 round)", () => {
  const round = roundOf(2026);
  const growth = findClause("software/1-b")!;
  const s = profile(
    {
      version: 2,
      enterprise: { fields: ["software"], registeredInHangzhou: true },
      finance: { 2025: { revenue: 1_200_000_000 }, 2024: { revenue: 800_000_000 } },
    },
    2025,
  );
  const r = evaluate(registry, s, round).clauses.find((c) => c.id === growth.id)!;
  const choice = whatIfChoice(growth, r, s, round.eventYear);

  it("moves the figure where the profile keeps it, under its calendar year, and names the year", () => {
    const revenue = choice.facts.find((f) => f.path === "finance.current.revenue")!;
    expect(revenue.at).toEqual(["finance", "2025", "revenue"]);
    expect(revenue.value).toBe(1_200_000_000);
    expect(revenue.label.zh).toBe("2025 年营业收入");
    const before = choice.facts.find((f) => f.path === "finance.previous.revenue")!;
    expect(before.at).toEqual(["finance", "2024", "revenue"]);
    expect(before.label.en).toBe("Revenue, 2024");
  });
});
