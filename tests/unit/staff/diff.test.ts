import { describe, expect, it } from "vitest";
import type { ClauseResult, EvaluationResult } from "@/lib/engine/types";
import { totalsOf } from "@/lib/engine/totals";
import { diffEvaluations, isEmptyDiff } from "@/lib/evaluations/diff";
import { diffProfiles, factIsRead } from "@/lib/evaluations/profile-diff";
import { factValueText } from "@/lib/profile/labels";
import { evaluateProfile } from "@/tests/helpers/profile";

/** A small hand-made result: enough of the engine's shape for the diff. */
function clause(
  id: string,
  status: ClauseResult["status"],
  amount: [number, number] | null,
  conditions: [string, "met" | "unmet" | "unknown"][] = [],
  more: Partial<ClauseResult> = {},
): ClauseResult {
  return {
    id,
    policy: id.split("/")[0] as ClauseResult["policy"],
    kind: "formula",
    beneficiary: "enterprise",
    forApplicant: true,
    status,
    requiresReview: false,
    certainty: amount && amount[0] === amount[1] && amount[1] > 0 ? "fixed" : "up-to",
    amount: amount ? { min: amount[0], max: amount[1] } : null,
    items: [
      {
        key: "enterprise",
        label: "",
        status: status === "eligible" ? "eligible" : "ineligible",
        conditions: conditions.map(([zh, s]) => ({ label: { zh, en: zh }, status: s, facts: [] })),
        amount: amount ? { min: amount[0], max: amount[1] } : null,
        steps: [],
      },
    ],
    steps: [],
    readings: [],
    nearMisses: [],
    questions: [],
    ...more,
  };
}

function result(clauses: ClauseResult[], over: Partial<EvaluationResult> = {}): EvaluationResult {
  return {
    round: { year: 2025, eventYear: 2024 },
    rulesVersion: "2026.11+aaaaaaaa",
    policies: [],
    clauses,
    totals: totalsOf(clauses),
    ...over,
  };
}

const ZERO = { min: 0, max: 0 };

describe("comparing a saved evaluation with a new one", () => {
  const before = result([
    clause("software/1", "eligible", [0, 1_000_000], [["营收达到 1 亿元", "met"]]),
    clause("software/2", "eligible", [500_000, 500_000]),
    clause("software/3", "ineligible", null, [["研发投入达到 3%", "unmet"]]),
    clause("software/4", "needs-info", null),
    clause("software/5", "eligible", [200_000, 200_000]),
  ]);
  const after = result([
    clause("software/1", "ineligible", null, [["营收达到 1 亿元", "unmet"]]),
    clause("software/2", "eligible", [500_000, 800_000]),
    clause("software/3", "eligible", [300_000, 300_000], [["研发投入达到 3%", "met"]]),
    clause("software/4", "ineligible", null),
    clause("software/5", "eligible", [200_000, 200_000]),
  ]);
  const diff = diffEvaluations(before, after);

  it("lists the clause gained, the clause lost and the amount that changed", () => {
    expect(diff.gained.map((c) => c.id)).toEqual(["software/3"]);
    expect(diff.lost.map((c) => c.id)).toEqual(["software/1"]);
    expect(diff.amountChanged.map((c) => c.id)).toEqual(["software/2"]);
    expect(diff.statusChanged.map((c) => c.id)).toEqual(["software/4"]);
    expect(diff.unchanged).toBe(1);
  });

  it("gives each change its amount delta and the totals before, after and between", () => {
    expect(diff.gained[0]!.delta).toEqual({ min: 300_000, max: 300_000 });
    expect(diff.lost[0]!.delta).toEqual({ min: 0, max: -1_000_000 });
    expect(diff.amountChanged[0]!.delta).toEqual({ min: 0, max: 300_000 });
    expect(diff.totals).toEqual({
      before: { min: 700_000, max: 1_700_000 },
      after: { min: 1_000_000, max: 1_300_000 },
      delta: { min: 300_000, max: -400_000 },
      toWin: { before: ZERO, after: ZERO, delta: ZERO },
    });
    expect(diff.byPolicy).toEqual([
      {
        policy: "software",
        before: { min: 700_000, max: 1_700_000 },
        after: { min: 1_000_000, max: 1_300_000 },
        delta: { min: 300_000, max: -400_000 },
        toWin: { before: ZERO, after: ZERO, delta: ZERO },
      },
    ]);
  });

  it("says why: the status change and the condition that flipped", () => {
    expect(diff.lost[0]!.reasons).toEqual([
      { kind: "status", before: "eligible", after: "ineligible" },
      {
        kind: "conditions",
        changes: [
          {
            item: "enterprise",
            label: { zh: "营收达到 1 亿元", en: "营收达到 1 亿元" },
            before: "met",
            after: "unmet",
          },
        ],
      },
    ]);
  });

  it("blames a new rules version when nothing in the profile or date explains a change", () => {
    const newer = { ...after, rulesVersion: "2026.12+bbbbbbbb" };
    const d = diffEvaluations(before, newer);
    expect(d.rulesVersion).toEqual({
      before: "2026.11+aaaaaaaa",
      after: "2026.12+bbbbbbbb",
      changed: true,
    });
    expect(d.amountChanged[0]!.reasons).toContainEqual({
      kind: "rules-version",
      before: "2026.11+aaaaaaaa",
      after: "2026.12+bbbbbbbb",
    });
  });

  it("blames the round when a clause went out of force (software's last round is 2026)", () => {
    const later = result([clause("software/5", "expired", null)], {
      round: { year: 2027, eventYear: 2026 },
    });
    const d = diffEvaluations(
      result([clause("software/5", "eligible", [200_000, 200_000])]),
      later,
    );
    expect(d.lost[0]!.reasons).toContainEqual({
      kind: "round",
      before: 2025,
      after: 2027,
    });
  });

  it("reports clauses only one side has (a clause added to the rules)", () => {
    const d = diffEvaluations(
      result([]),
      result([clause("software/9", "eligible", [0, 100])], { rulesVersion: "x" }),
    );
    expect(d.gained).toHaveLength(1);
    expect(d.gained[0]!.before).toBeNull();
    expect(d.gained[0]!.reasons).toContainEqual({
      kind: "status",
      before: null,
      after: "eligible",
    });
    expect(d.gained[0]!.reasons.some((r) => r.kind === "rules-version")).toBe(true);
  });

  it("does not count clauses for other kinds of applicant", () => {
    const other = clause("software/7", "eligible", [0, 900], [], { forApplicant: false });
    const d = diffEvaluations(result([]), result([other]));
    expect(d.gained).toEqual([]);
    expect(d.statusChanged.map((c) => c.id)).toEqual(["software/7"]);
  });

  it("is empty for the same result", () => {
    expect(isEmptyDiff(diffEvaluations(before, before))).toBe(true);
    expect(isEmptyDiff(diff)).toBe(false);
  });
});

describe("with the engine: a figure changed", () => {
  const base = {
    enterprise: { industries: ["synthetic-biology"], registeredInHangzhou: true },
    finance: { 2024: { rdExpense: 20_000_000 } },
    syntheticBiology: { recognisedEnterprise: true },
  };
  const more = { ...base, finance: { 2024: { rdExpense: 30_000_000 } } };
  const less = { ...base, finance: { 2024: { rdExpense: 10_000_000 } } };
  const reads = (id: string) => (id === "synthetic-biology/2" ? ["finance.current.rdExpense"] : []);

  it("R&D 2,000 → 3,000 万元: synthetic-biology/2 goes from up to 2,000,000 to up to 3,000,000 (10 %)", () => {
    const d = diffEvaluations(evaluateProfile(base), evaluateProfile(more), {
      profiles: { before: base, after: more },
      readsOf: reads,
    });
    const change = d.amountChanged.find((c) => c.id === "synthetic-biology/2")!;
    expect(change.before?.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(change.after?.amount).toEqual({ min: 0, max: 3_000_000 });
    // "经评审": to be won, so the change is beside the headline total, not in it.
    expect(change.after?.toWin).toBe(true);
    expect(d.totals.delta).toEqual(ZERO);
    expect(d.totals.toWin.delta).toEqual({ min: 0, max: 1_000_000 });
    expect(isEmptyDiff(d)).toBe(false);
    expect(change.reasons).toEqual([
      {
        kind: "facts",
        // The rules read "finance.current" (events of 2024); the profile keeps it as 2024.
        changes: [{ path: "finance.2024.rdExpense", before: 20_000_000, after: 30_000_000 }],
      },
    ]);
  });

  it("R&D down to exactly 1,000 万元 (not above it): the clause is lost, and the condition says why", () => {
    const d = diffEvaluations(evaluateProfile(base), evaluateProfile(less), {
      profiles: { before: base, after: less },
      readsOf: reads,
    });
    const lost = d.lost.find((c) => c.id === "synthetic-biology/2")!;
    expect(lost.delta).toEqual({ min: 0, max: -2_000_000 });
    const conditions = lost.reasons.find((r) => r.kind === "conditions");
    expect(conditions).toMatchObject({
      changes: [{ label: { zh: "2024 年研发投入超过 1000 万元" }, before: "met", after: "unmet" }],
    });
  });
});

describe("which facts of a profile changed", () => {
  it("names leaves by path, list items by id, and added or removed facts", () => {
    const a = {
      enterprise: { name: "甲", industries: ["software"] },
      finance: { 2025: { revenue: 100 } },
      projects: [{ id: "p1", name: "一期", eligibleInvestment: 1_000 }],
    };
    const b = {
      enterprise: { name: "甲", industries: ["software", "green-energy"] },
      finance: { 2025: { revenue: 120, rdExpense: 5 } },
      projects: [
        { id: "p1", name: "一期", eligibleInvestment: 2_000 },
        { id: "p2", name: "二期" },
      ],
    };
    expect(diffProfiles(a, b)).toEqual([
      { path: "enterprise.industries", before: ["software"], after: ["software", "green-energy"] },
      { path: "finance.2025.rdExpense", before: undefined, after: 5 },
      { path: "finance.2025.revenue", before: 100, after: 120 },
      {
        path: "projects[].eligibleInvestment",
        item: "p1",
        itemLabel: [{ name: "一期", position: 1 }],
        before: 1_000,
        after: 2_000,
      },
      {
        path: "projects[].name",
        item: "p2",
        itemLabel: [{ name: "二期", position: 2 }],
        before: undefined,
        after: "二期",
      },
    ]);
    expect(diffProfiles(a, a)).toEqual([]);
  });

  it("knows a nameless item by its position, never by its generated id", () => {
    const a = { projects: [{ id: "projects-mxa3g3sgtda6", eligibleInvestment: 1 }] };
    const b = { projects: [{ id: "projects-mxa3g3sgtda6", eligibleInvestment: 2 }] };
    const [change] = diffProfiles(a, b);
    expect(change?.itemLabel).toEqual([{ position: 1 }]);
  });
});

describe("a changed fact's value as a reader reads it", () => {
  it("money in 万元 when whole, else exact 元; years, percentages and choices by their labels", () => {
    // 20,000,000 元 = 2,000 万元; 12,345 元 is not a whole number of 万元.
    expect(factValueText("projects[].eligibleInvestment", 20_000_000, "zh")).toBe("2,000 万元");
    expect(factValueText("projects[].eligibleInvestment", 12_345, "zh")).toBe("12,345 元");
    expect(factValueText("projects[].eligibleInvestment", 20_000_000, "en")).toBe("CNY 20M");
    expect(factValueText("projects[].year", 2024, "zh")).toBe("2024 年");
    expect(factValueText("biomedicine.drugs[].drugType", "biologic", "zh")).toBe("生物制品");
    expect(factValueText("biomedicine.drugs[].registrationClass", "1", "en")).toBe("Class 1");
    expect(factValueText("enterprise.industries", ["software", "biomedicine"], "zh")).toBe(
      "软件和信息技术服务、生物医药",
    );
    expect(factValueText("projects[].name", "一期", "zh")).toBeUndefined();
  });

  it("ties a changed fact to the clauses that read it", () => {
    const change = { path: "projects[].eligibleInvestment", item: "p1", before: 1, after: 2 };
    expect(factIsRead(change, ["projects[].eligibleInvestment"])).toBe(true);
    expect(factIsRead(change, ["projects"])).toBe(true);
    expect(factIsRead(change, ["projects[].year"])).toBe(false);
  });
});
