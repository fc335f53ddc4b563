import { roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { profile, type TestProfileInput } from "@/tests/helpers/profile";
import { fixedClause, investmentClause, registryOf, testPolicy, wan } from "./fixtures";
import { t } from "@/lib/engine/text";
import { applyRate, percent } from "@/lib/engine/money";

const bio = testPolicy("biomedicine", "2022-11-15", "2027-12-31");
const syn = testPolicy("synthetic-biology", "2023-10-09", "2028-12-31");
const hee = testPolicy("high-end-equipment", "2023-08-27", "2025-12-31");

const p = (input: TestProfileInput) => profile(input);
const project = (id: string, eligibleInvestment: number) => ({
  id,
  name: `项目${id}`,
  eligibleInvestment,
  isIndustrialisation: true,
});

describe("validity on the event year: the round of year N claims the events of year N − 1 (readings rule 12)", () => {
  // The test policy is in force 2023-08-27 … 2025-12-31: its first round is 2024 (events of 2023,
  // from 2023-08-27), its last round 2026 (events of 2025).
  const reg = registryOf({
    policy: hee,
    clauses: [fixedClause("high-end-equipment/x", "high-end-equipment", wan(100))],
  });
  // Revenue stated for every event year 2022–2026, so that only validity differs between rounds.
  const profile = p({
    version: 2,
    enterprise: { aboveDesignatedSize: true },
    finance: Object.fromEntries([2022, 2023, 2024, 2025, 2026].map((y) => [y, { revenue: 1 }])),
  });
  it.each([
    [2023, "not-yet-effective", "not-yet-effective"],
    [2024, "eligible", "open"],
    [2025, "eligible", "open"],
    [2026, "eligible", "last-round"],
    [2027, "expired", "ended"],
  ])("in the %i round the clause is %s and the policy %s", (year, status, roundStatus) => {
    const r = evaluate(reg, profile, roundOf(year));
    expect(r.round).toEqual({ year, eventYear: year - 1 });
    expect(r.clauses[0]!.status).toBe(status);
    expect(r.clauses[0]!.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
    expect(r.policies[0]).toMatchObject({ roundStatus, lastRound: 2026 });
  });
  it("events of 2023, the year the policy began, count from 2023-08-27 and the trace says so", () => {
    const notes = evaluate(reg, profile, roundOf(2024))
      .clauses[0]!.steps.filter((s) => s.op === "note")
      .map((s) => (s as { text: { zh: string } }).text.zh);
    expect(notes).toContain("2023 年度事项自 2023-08-27 起计算：此前发生的事项不予支持");
    expect(
      evaluate(reg, profile, roundOf(2025)).clauses[0]!.steps.some((s) => s.op === "note"),
    ).toBe(false);
  });
  it("an event on the policy's last day (2025-12-31) is claimable in the 2026 round, after the policy ended", () => {
    expect(evaluate(reg, profile, roundOn("2026-03-01")).round.year).toBe(2026);
    expect(evaluate(reg, profile, roundOn("2026-03-01")).clauses[0]!.status).toBe("eligible");
  });
  it("expired clauses are not counted in the totals: 0 in the 2027 round, 1,000,000 in the 2025 round", () => {
    expect(evaluate(reg, profile, roundOf(2027)).totals.overall).toEqual({ min: 0, max: 0 });
    expect(evaluate(reg, profile, roundOf(2025)).totals.overall).toEqual({
      min: 1_000_000,
      max: 1_000_000,
    });
  });
});

describe("从优、就高、不重复: one item in one exclusive group is paid once, at the best clause", () => {
  const reg = registryOf(
    {
      policy: bio,
      clauses: [
        investmentClause("biomedicine/12-a", "biomedicine", {
          rate: 30,
          threshold: wan(2000),
          exclusiveGroup: "industrialisation-investment",
        }),
      ],
    },
    {
      policy: syn,
      clauses: [
        investmentClause("synthetic-biology/11", "synthetic-biology", {
          rate: 30,
          cap: wan(10000),
          threshold: wan(2000),
          exclusiveGroup: "industrialisation-investment",
        }),
      ],
    },
  );
  it("a 500,000,000 project: 30% = 150,000,000 uncapped beats 100,000,000 capped; the other is superseded", () => {
    const r = evaluate(reg, p({ projects: [project("P1", 500_000_000)] }), roundOn("2025-06-30"));
    const [a, b] = r.clauses;
    expect(a!.status).toBe("eligible");
    expect(a!.amount).toEqual({ min: 0, max: 150_000_000 });
    expect(b!.status).toBe("superseded");
    expect(b!.supersededBy).toBe("biomedicine/12-a");
    expect(b!.amount).toBeNull();
    expect(r.totals.overall.max).toBe(150_000_000);
  });
  it("two different projects are each paid: one per clause is fine when they are different items", () => {
    const r = evaluate(
      reg,
      p({ projects: [project("P1", 100_000_000), project("P2", 40_000_000)] }),
      roundOn("2025-06-30"),
    );
    expect(r.clauses[0]!.amount!.max).toBe(30_000_000 + 12_000_000);
    expect(r.clauses[1]!.status).toBe("superseded");
  });
  it("an expired clause does not compete: in the 2029 round (events of 2028) biomedicine has ended, synthetic biology pays", () => {
    const r = evaluate(reg, p({ projects: [project("P1", 500_000_000)] }), roundOf(2029));
    expect(r.clauses[0]!.status).toBe("expired");
    expect(r.clauses[1]!.status).toBe("eligible");
    expect(r.clauses[1]!.amount!.max).toBe(100_000_000);
  });
});

describe("caps across items and clauses", () => {
  it("a per-enterprise yearly cap on one clause: 3 projects × 30% of 20,000,000 = 18,000,000 → 10,000,000", () => {
    const reg = registryOf({
      policy: bio,
      clauses: [
        investmentClause("biomedicine/a", "biomedicine", {
          rate: 30,
          threshold: 1,
          clauseCap: wan(1000),
        }),
      ],
    });
    const r = evaluate(
      reg,
      p({ projects: ["A", "B", "C"].map((id) => project(id, 20_000_000)) }),
      roundOn("2025-06-30"),
    );
    expect(r.clauses[0]!.amount).toEqual({ min: 0, max: 10_000_000 });
  });
  it("a cap shared by two clauses (8-a + 8-b ≤ 1,000,000 a year): 800,000 + 600,000 → 800,000 + 200,000", () => {
    const reg = registryOf({
      policy: syn,
      clauses: [
        fixedClause("synthetic-biology/a", "synthetic-biology", 800_000),
        fixedClause("synthetic-biology/b", "synthetic-biology", 600_000),
      ],
      capGroups: [
        {
          id: "g",
          label: t("两项合计每年上限", "shared yearly cap"),
          text: "",
          clauses: ["synthetic-biology/a", "synthetic-biology/b"],
          scope: "enterprise",
          cap: 1_000_000,
        },
      ],
    });
    const r = evaluate(
      reg,
      p({ enterprise: { aboveDesignatedSize: true }, finance: { current: { revenue: 1 } } }),
      roundOn("2025-06-30"),
    );
    expect(r.clauses.map((c) => c.amount!.max)).toEqual([800_000, 200_000]);
    expect(r.totals.overall.max).toBe(1_000_000);
  });
  it("an item-scoped ceiling from the item (30% of the project's total investment) cuts a combined award", () => {
    const reg = registryOf({
      policy: testPolicy("integrated-circuits", "2022-08-08", "2026-12-31"),
      clauses: [
        investmentClause("integrated-circuits/a", "integrated-circuits", {
          rate: 20,
          threshold: 1,
        }),
        investmentClause("integrated-circuits/b", "integrated-circuits", {
          rate: 15,
          threshold: 1,
        }),
      ],
      capGroups: [
        {
          id: "ceiling",
          label: t("政府支持不超过项目总投资 30%", "support at most 30% of total investment"),
          text: "",
          clauses: ["integrated-circuits/a", "integrated-circuits/b"],
          scope: "item",
          cap: (members) => {
            const item = members[0]!.item as { eligibleInvestment: number };
            return { cap: applyRate(item.eligibleInvestment, percent(30)), steps: [] };
          },
        },
      ],
    });
    // 20% + 15% of 100,000,000 = 20,000,000 + 15,000,000 = 35,000,000 > 30% = 30,000,000 → 20,000,000 + 10,000,000
    const r = evaluate(reg, p({ projects: [project("P1", 100_000_000)] }), roundOn("2025-06-30"));
    expect(r.clauses.map((c) => c.amount!.max)).toEqual([20_000_000, 10_000_000]);
  });
});

describe("statuses, questions, near misses, applicants", () => {
  const reg = registryOf({
    policy: bio,
    clauses: [
      investmentClause("biomedicine/12-a", "biomedicine", { rate: 30, threshold: wan(2000) }),
    ],
  });
  it("an unanswered list needs information and asks for the list", () => {
    const r = evaluate(reg, p({}), roundOn("2025-06-30"));
    expect(r.clauses[0]!.status).toBe("needs-info");
    expect(r.clauses[0]!.questions).toEqual(["projects"]);
  });
  it("an empty list answers the question: not eligible", () => {
    expect(evaluate(reg, p({ projects: [] }), roundOn("2025-06-30")).clauses[0]!.status).toBe(
      "ineligible",
    );
  });
  it("19,000,000 against a 20,000,000 threshold is a near miss with the gap", () => {
    const r = evaluate(reg, p({ projects: [project("P1", 19_000_000)] }), roundOn("2025-06-30"));
    expect(r.clauses[0]!.status).toBe("ineligible");
    expect(r.clauses[0]!.nearMisses[0]!.gap).toEqual({
      actual: 19_000_000,
      required: 20_000_000,
      unit: "yuan",
      comparator: ">=",
    });
  });
  it("exactly 20,000,000 meets 达到 2000 万元: 30% × 20,000,000 = 6,000,000", () => {
    expect(
      evaluate(reg, p({ projects: [project("P1", 20_000_000)] }), roundOn("2025-06-30")).clauses[0]!
        .amount!.max,
    ).toBe(6_000_000);
  });
  it("a clause for district governments is not paid to an enterprise, but is to a district", () => {
    const r2 = registryOf({
      policy: bio,
      clauses: [
        investmentClause("biomedicine/12-b", "biomedicine", {
          rate: 20,
          threshold: 1,
          beneficiary: "district-government",
        }),
      ],
    });
    const asEnterprise = evaluate(r2, p({ projects: [project("P1", 100)] }), roundOn("2025-06-30"));
    expect(asEnterprise.clauses[0]!.forApplicant).toBe(false);
    expect(asEnterprise.totals.overall.max).toBe(0);
    const asDistrict = evaluate(
      r2,
      p({ enterprise: { roles: ["district-government"] }, projects: [project("P1", 100)] }),
      roundOn("2025-06-30"),
    );
    expect(asDistrict.clauses[0]!.amount!.max).toBe(20);
  });
  it("an unspecified clause is eligible with no amount and counted as such", () => {
    const r3 = registryOf({
      policy: bio,
      clauses: [fixedClause("biomedicine/u", "biomedicine", 0, "unspecified")],
    });
    const r = evaluate(
      r3,
      p({ enterprise: { aboveDesignatedSize: true }, finance: { current: { revenue: 1 } } }),
      roundOn("2025-06-30"),
    );
    expect(r.clauses[0]!.status).toBe("eligible");
    expect(r.clauses[0]!.amount).toBeNull();
    expect(r.clauses[0]!.amountNote?.zh).toBe("政策原文未明确金额");
    expect(r.totals.byPolicy.biomedicine).toMatchObject({
      min: 0,
      max: 0,
      eligible: 1,
      unspecified: 1,
    });
  });
  it("only the profile's industries are evaluated", () => {
    const both = registryOf(
      { policy: bio, clauses: [fixedClause("biomedicine/f", "biomedicine", 1)] },
      { policy: syn, clauses: [fixedClause("synthetic-biology/f", "synthetic-biology", 1)] },
    );
    const r = evaluate(
      both,
      p({ enterprise: { industries: ["synthetic-biology"] } }),
      roundOn("2025-06-30"),
    );
    expect(r.clauses.map((c) => c.id)).toEqual(["synthetic-biology/f"]);
  });
});
