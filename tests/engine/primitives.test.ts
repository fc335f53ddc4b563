import { describe, expect, it } from "vitest";
import { Calc, range } from "@/lib/engine/calc";
import { above, atLeast, fact, growthAtLeast, oneOf, toWin } from "@/lib/engine/conditions";
import { percent, perUnit, wan, yi } from "@/lib/engine/money";
import { insuranceCompensation } from "@/lib/engine/schedule";
import {
  highestTierReached,
  tierDifference,
  tierReachConditions,
  type TierHistory,
} from "@/lib/engine/tiers";
import { t } from "@/lib/engine/text";
import { renderGap, renderSteps } from "@/lib/engine/render";

const L = t("研发投入", "R&D investment");

describe("Calc stages", () => {
  it("percent of a base with a per-item cap: 40% × 30,000,000 = 12,000,000 exceeds the cap 6,000,000, paid 6,000,000", () => {
    const out = Calc.base(L, 30_000_000)
      .rate(percent(40))
      .cap(wan(600), t("单品种上限", "cap"))
      .upTo();
    expect(out).toMatchObject({ min: 0, max: 6_000_000 });
    expect(renderSteps(out.steps, "zh")).toBe(
      "研发投入 30,000,000 元；× 40% = 12,000,000；12,000,000，超过单品种上限 6,000,000，按 6,000,000 计",
    );
  });

  it("a fixed sum is exact: { min: 2,000,000, max: 2,000,000 }", () => {
    expect(Calc.fixed(t("奖励", "award"), wan(200)).exactly()).toMatchObject({
      min: 2_000_000,
      max: 2_000_000,
    });
  });

  it("steps count whole: 25,000,000 of new sales at 500,000 per full 10,000,000 = 2 × 500,000 = 1,000,000", () => {
    expect(
      Calc.base(t("新增销售额", "new sales"), 25_000_000).perFullStep(wan(1000), wan(50)).value,
    ).toBe(1_000_000);
    expect(
      Calc.base(t("新增销售额", "new sales"), 9_999_999).perFullStep(wan(1000), wan(50)).value,
    ).toBe(0);
  });

  it("per-unit: 0.2 元/W × 30,000,000 W = 6,000,000 capped at 5,000,000 per project", () => {
    const c = Calc.base(t("并网容量", "capacity"), 30_000_000, t("瓦", "W"))
      .rate(perUnit(0.2, t("瓦", "W")))
      .cap(wan(500), t("单个项目上限", "cap"));
    expect(c.value).toBe(5_000_000);
  });

  it("a range per vehicle: 3 vehicles at 200,000–400,000 → 600,000–1,200,000", () => {
    const per = t("辆", "vehicles");
    const out = range(
      Calc.fixed(t("每辆最低", "min"), wan(20)).times(3, per),
      Calc.fixed(t("每辆最高", "max"), wan(40)).times(3, per),
    );
    expect(out).toMatchObject({ min: 600_000, max: 1_200_000 });
  });

  it("minus never goes below zero", () => {
    expect(Calc.fixed(L, 100).minus(300, t("已获", "received")).value).toBe(0);
  });

  it("less what was received: 2,000,000 − 500,000 = 1,500,000; nothing received adds no stage", () => {
    const received = t("已获", "received");
    const less = Calc.fixed(L, wan(200)).lessReceived(wan(50), received);
    expect(less.value).toBe(1_500_000);
    expect(less.steps.map((s) => s.op)).toEqual(["amount", "minus"]);
    expect(
      Calc.fixed(L, wan(200))
        .lessReceived(0, received)
        .steps.map((s) => s.op),
    ).toEqual(["amount"]);
  });
});

describe("conditions", () => {
  const o = { facts: ["finance.current.revenue"] as const };
  it("达到 is inclusive: exactly 500,000,000 meets a 5 亿 threshold", () => {
    expect(atLeast(L, yi(5), yi(5), o).status).toBe("met");
    expect(atLeast(L, yi(5) - 1, yi(5), o).status).toBe("unmet");
  });
  it("超过 is exclusive: exactly 10,000,000 does not exceed 10,000,000", () => {
    expect(above(L, wan(1000), wan(1000), o).status).toBe("unmet");
    expect(above(L, wan(1000) + 1, wan(1000), o).status).toBe("met");
  });
  it("an unanswered figure is unknown, not unmet", () => {
    expect(atLeast(L, undefined, 1, o).status).toBe("unknown");
    expect(fact(L, undefined, []).status).toBe("unknown");
    expect(oneOf(L, undefined, ["1"], []).status).toBe("unknown");
  });
  it("growth of exactly 20% meets ≥ 20% but not > 20%", () => {
    expect(growthAtLeast(L, 120, 100, 20, o).status).toBe("met");
    expect(growthAtLeast(L, 120, 100, 20, { ...o, strict: true }).status).toBe("unmet");
  });
  it("a selection is a condition to win, never assumed met", () => {
    expect(toWin(t("每年评选不超过 10 个", "at most 10 a year")).status).toBe("to-win");
  });
  it("the gap of a near miss: 年营收 4.8 亿元, 需达到 5 亿元, 还差 0.2 亿元", () => {
    const c = atLeast(t("年营收", "Annual revenue"), 480_000_000, 500_000_000, o);
    expect(renderGap(c, "zh")).toBe("年营收：当前 4.8 亿元，需达到 5 亿元，还差 0.2 亿元");
    expect(renderGap(c, "en")).toBe(
      "Annual revenue: now CNY 480M, must reach CNY 500M, short by CNY 20M",
    );
  });
});

describe("percent gaps are shown to two decimals", () => {
  it("a growth of 2/13 = 15.3846…% reads 15.38%", () => {
    const c = {
      label: t("增速", "Growth"),
      status: "unmet" as const,
      facts: [],
      gap: {
        actual: (2 / 13) * 100,
        required: 20,
        unit: "percent" as const,
        comparator: ">" as const,
      },
    };
    expect(renderGap(c, "zh")).toBe("增速：当前 15.38%，需超过 20%，还差 4.62%");
  });
});

describe("tiers reached for the first time pay the difference (readings rule 7)", () => {
  const tiers = [
    { threshold: yi(5), amount: wan(50), label: t("5 亿元档", "CNY 500M tier") },
    { threshold: yi(10), amount: wan(100), label: t("10 亿元档", "CNY 1B tier") },
    { threshold: yi(20), amount: wan(200), label: t("20 亿元档", "CNY 2B tier") },
  ];
  const h = (value: number | undefined, before: number | undefined, received = 0): TierHistory => ({
    tiers,
    value,
    before,
    received,
    beforeFacts: ["finance.previous.revenue"],
  });
  const statuses = (x: TierHistory) => tierReachConditions(x).map((c) => c.status);

  it("revenue 12 亿 with 3 亿 before reaches the 10 亿 tier for the first time: 1,000,000", () => {
    expect(highestTierReached(yi(12), tiers)?.amount).toBe(1_000_000);
    expect(tierDifference(h(yi(12), yi(3)), L)?.value).toBe(1_000_000);
    expect(statuses(h(yi(12), yi(3)))).toEqual(["met", "met"]);
  });
  it("jumping to 20 亿 after 500,000 received at the 5 亿 tier: 2,000,000 − 500,000 = 1,500,000", () => {
    expect(tierDifference(h(yi(20), yi(6), wan(50)), L)?.value).toBe(1_500_000);
  });
  it("12 亿 after 6 亿 last year, nothing recorded as received: 1,000,000 − 500,000 (the 5 亿 tier reached, claimed or not) = 500,000", () => {
    const c = tierDifference(h(yi(12), yi(6)), L)!;
    expect(c.value).toBe(500_000);
    expect(c.steps.at(-1)).toMatchObject({ op: "minus", value: 500_000, result: 500_000 });
  });
  it("the larger of the two counts: 800,000 received beats the 5 亿 tier's 500,000: 2,000,000 − 800,000 = 1,200,000", () => {
    expect(tierDifference(h(yi(25), yi(6), wan(80)), L)?.value).toBe(1_200_000);
  });
  it("a tier reached in an earlier year is not paid again: 12 亿 after 11 亿 (or after 21 亿)", () => {
    expect(statuses(h(yi(12), yi(11)))).toEqual(["unmet"]);
    expect(statuses(h(yi(12), yi(21)))).toEqual(["unmet"]);
  });
  it("the earlier years unknown: needs info; below the lowest tier nothing is reached or asked", () => {
    expect(statuses(h(yi(12), undefined))).toEqual(["unknown"]);
    expect(tierDifference(h(yi(4.99), undefined), L)).toBeUndefined();
    expect(statuses(h(yi(4.99), undefined))).toEqual([]);
  });
  it("strict thresholds (超过): exactly 10 亿 only exceeds the 5 亿 tier", () => {
    expect(tierDifference({ ...h(yi(10), 0), strict: true }, L)?.value).toBe(500_000);
  });
});

describe("yearly decreasing insurance compensation", () => {
  const s = {
    firstYearRate: percent(90),
    yearlyDecreasePoints: 10,
    maxPremiumRate: percent(2),
    maxYears: 3,
    yearlyCap: wan(500),
  };
  it("premium 1,000,000 on 100,000,000 insured: year 1/2/3 pay 90/80/70% = 900,000 / 800,000 / 700,000; year 4 nothing", () => {
    expect(insuranceCompensation(s, 1, 1_000_000, 100_000_000).value).toBe(900_000);
    expect(insuranceCompensation(s, 2, 1_000_000, 100_000_000).value).toBe(800_000);
    expect(insuranceCompensation(s, 3, 1_000_000, 100_000_000).value).toBe(700_000);
    expect(insuranceCompensation(s, 4, 1_000_000, 100_000_000).value).toBe(0);
  });
  it("the premium counts at most at 2% of the insured amount: premium 3,000,000 on 100,000,000 → 2,000,000 × 90% = 1,800,000", () => {
    expect(insuranceCompensation(s, 1, 3_000_000, 100_000_000).value).toBe(1_800_000);
  });
  it("the yearly cap binds: 2% × 400,000,000 = 8,000,000 × 90% = 7,200,000 → 5,000,000", () => {
    expect(insuranceCompensation(s, 1, 8_000_000, 400_000_000).value).toBe(5_000_000);
  });
});
