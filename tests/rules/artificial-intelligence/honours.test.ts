import { roundOn } from "@/lib/rounds";
import { describe, expect, it } from "vitest";
import { Calc } from "@/lib/engine/calc";
import { oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { evaluate, type Registry } from "@/lib/engine/evaluate";
import { wan } from "@/lib/engine/money";
import { t } from "@/lib/engine/text";
import type { Profile, ProfileInput } from "@/lib/profile/schema";
import { artificialIntelligence } from "@/rules/artificial-intelligence";
import { OVERLAP } from "@/rules/shared/overlap-groups";
import { testPolicy } from "@/tests/engine/fixtures";
import { clauseResult, profile } from "@/tests/helpers/profile";

type Honour = NonNullable<ProfileInput["honours"]>[number];

const honour = (over: Partial<Honour> = {}): Honour => ({
  id: "h1",
  kind: "little-giant",
  firstTime: true,
  year: 2024,
  ...over,
});

describe("artificial-intelligence/6-a/6-b/6-c honours on first recognition", () => {
  it("6-a first single-product champion in 2024: exactly 2,000,000", () => {
    const r = clauseResult("artificial-intelligence/6-a", {
      honours: [honour({ kind: "single-champion" })],
    });
    expect(r.status).toBe("eligible");
    expect(r.kind).toBe("fixed");
    expect(r.amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("6-b first little giant in 2024: exactly 1,000,000", () => {
    const r = clauseResult("artificial-intelligence/6-b", { honours: [honour()] });
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("6-c first hidden champion in 2025: exactly 1,000,000", () => {
    const r = clauseResult("artificial-intelligence/6-c", {
      honours: [honour({ kind: "hidden-champion", year: 2025 })],
    });
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("recognised in 2023, the year the policy took effect: eligible (boundary)", () => {
    const r = clauseResult("artificial-intelligence/6-b", { honours: [honour({ year: 2023 })] });
    expect(r.status).toBe("eligible");
  });

  it("recognised in 2022, before the policy: not eligible", () => {
    const r = clauseResult("artificial-intelligence/6-b", { honours: [honour({ year: 2022 })] });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("a renewed (not first) recognition is not rewarded", () => {
    const r = clauseResult("artificial-intelligence/6-b", {
      honours: [honour({ firstTime: false })],
    });
    expect(r.status).toBe("ineligible");
  });

  it("a little giant is not listed under the single-champion clause", () => {
    const r = clauseResult("artificial-intelligence/6-a", { honours: [honour()] });
    expect(r.items).toHaveLength(0);
    expect(r.status).toBe("ineligible");
  });

  it("the item key is the honour kind, so the same honour entered twice is paid once: 1,000,000", () => {
    const r = clauseResult("artificial-intelligence/6-b", {
      honours: [honour(), honour({ id: "h2", year: 2025 })],
    });
    expect(r.items.map((i) => i.key)).toEqual(["little-giant", "little-giant"]);
    expect(r.items.filter((i) => i.status === "superseded")).toHaveLength(1);
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("without the first-time answer the clause asks for it", () => {
    const r = clauseResult("artificial-intelligence/6-b", {
      honours: [honour({ firstTime: undefined })],
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["honours[].firstTime"]);
  });
});

describe("the same honour rewarded under another policy is paid once (OVERLAP.honour, key = kind)", () => {
  type H = NonNullable<Profile["honours"]>[number];
  /** Another policy's award for the same honour, as its own rules would encode it. */
  const otherPolicyAward = (amount: number) =>
    defineClause<H>({
      id: "software/test-little-giant",
      policy: "software",
      article: "（测试）",
      page: 1,
      heading: "测试",
      leadDepartment: "市经信局",
      beneficiary: "enterprise",
      kind: "fixed",
      requiresReview: false,
      text: "测试",
      summary: t("测试", "test"),
      params: {},
      reads: ["honours[].kind"],
      items: {
        list: (p) => p.honours,
        key: (h) => h.kind ?? h.id,
        label: (h) => h.id,
        path: "honours",
        noun: t("荣誉", "honour"),
      },
      exclusiveGroup: OVERLAP.honour,
      conditions: ({ item }) => [
        oneOf(t("小巨人", "little giant"), item.kind, ["little-giant"], ["honours[].kind"]),
      ],
      amount: () => Calc.fixed(t("奖励", "award"), amount).exactly(),
    });
  const registryWith = (amount: number): Registry => ({
    version: "test",
    policies: [
      artificialIntelligence,
      {
        policy: testPolicy("software", "2023-01-01", "2026-12-31"),
        clauses: [otherPolicyAward(amount)],
      },
    ],
  });
  const p = profile({
    enterprise: { fields: ["artificial-intelligence", "software"] },
    honours: [honour()],
  });

  it("another policy paying 1,500,000 for the same little giant wins; 6-b's 1,000,000 is superseded", () => {
    const result = evaluate(registryWith(wan(150)), p, roundOn("2025-06-30"));
    const ai = result.clauses.find((c) => c.id === "artificial-intelligence/6-b")!;
    expect(ai.status).toBe("superseded");
    expect(ai.supersededBy).toBe("software/test-little-giant");
    expect(ai.amount).toBeNull();
    expect(result.totals.overall).toEqual({ min: 1_500_000, max: 1_500_000 });
  });

  it("another policy paying 500,000 loses to 6-b's 1,000,000; the total counts the honour once", () => {
    const result = evaluate(registryWith(wan(50)), p, roundOn("2025-06-30"));
    expect(result.clauses.find((c) => c.id === "artificial-intelligence/6-b")!.status).toBe(
      "eligible",
    );
    expect(result.clauses.find((c) => c.id === "software/test-little-giant")!.status).toBe(
      "superseded",
    );
    expect(result.totals.overall).toEqual({ min: 1_000_000, max: 1_000_000 });
  });
});
