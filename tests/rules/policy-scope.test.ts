import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scopeBinds } from "@/lib/engine/scope";
import { POLICY_KEYS, type PolicyKey } from "@/lib/engine/types";
import type { ProfileInput } from "@/lib/profile/schema";
import { ALL_CLAUSES, POLICY_RULES } from "@/rules";
import { POLICIES } from "@/rules/policies";
import { evaluateProfile } from "@/tests/helpers/profile";

/** Readings rule 13: a policy pays only applicants in its field (适用范围). */
const AS_OF = "2025-06-30";
const ALL = [...POLICY_KEYS];

type Enterprise = NonNullable<ProfileInput["enterprise"]>;

// A general machinery maker: an industrialisation project of 100,000,000 eligible investment.
const machineryMaker = (enterprise: Enterprise) => ({
  enterprise: { registeredInHangzhou: true, ...enterprise },
  projects: [
    {
      id: "p1",
      name: "通用机械产业化项目",
      isIndustrialisation: true,
      eligibleInvestment: 100_000_000,
    },
  ],
});

// An IC designer recognised as a little giant for the first time in 2024.
const icDesigner = (enterprise: Enterprise) => ({
  enterprise: { registeredInHangzhou: true, ...enterprise },
  honours: [{ id: "h1", kind: "little-giant" as const, firstTime: true, year: 2024 }],
});

const clause = (input: Parameters<typeof evaluateProfile>[0], id: string) =>
  evaluateProfile(input, AS_OF).clauses.find((c) => c.id === id)!;

describe("biomedicine/12-a for a general machinery maker (30% × 100,000,000 = 30,000,000 only inside the field)", () => {
  it("no field chosen, all nine policies evaluated: needs info (asks the field), not CNY 30,000,000", () => {
    const r = clause(machineryMaker({}), "biomedicine/12-a");
    expect(r.status).toBe("needs-info");
    expect(r.amount).toBeNull();
    expect(r.questions).toContain("enterprise.fields");
    expect(r.items[0]!.conditions[0]!.label.zh).toContain(
      "从事生物医药相关领域研发、生产、服务的单位",
    );
  });

  it("fields other than biomedicine (high-end equipment): ineligible", () => {
    const r = clause(machineryMaker({ fields: ["high-end-equipment"] }), "biomedicine/12-a");
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("“none of these”: ineligible under every policy whose scope binds the clause", () => {
    expect(clause(machineryMaker({ fields: ["other"] }), "biomedicine/12-a").status).toBe(
      "ineligible",
    );
  });

  it("in the field (biomedicine named): 30% × 100,000,000 = 30,000,000", () => {
    const r = clause(machineryMaker({ fields: ["biomedicine"] }), "biomedicine/12-a");
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 30_000_000, max: 30_000_000 });
  });

  it("choosing the biomedicine industry states the field: 30,000,000", () => {
    const r = clause(machineryMaker({ industries: ["biomedicine"] }), "biomedicine/12-a");
    expect(r.amount).toEqual({ min: 30_000_000, max: 30_000_000 });
  });
});

describe("artificial-intelligence/6-b little giant (1,000,000) is for AI enterprises", () => {
  it("an IC designer (fields: integrated circuits) does not get it", () => {
    const r = evaluateProfile(icDesigner({ fields: ["integrated-circuits"] }), AS_OF, ALL);
    const ai = r.clauses.find((c) => c.id === "artificial-intelligence/6-b")!;
    expect(ai.status).toBe("ineligible");
    expect(r.totals.byPolicy["artificial-intelligence"]?.max).toBe(0);
  });

  it("an IC designer who has not said its fields: needs info", () => {
    expect(clause(icDesigner({}), "artificial-intelligence/6-b").status).toBe("needs-info");
  });

  it("an AI enterprise little giant: exactly 1,000,000", () => {
    expect(
      clause(icDesigner({ fields: ["artificial-intelligence"] }), "artificial-intelligence/6-b")
        .amount,
    ).toEqual({ min: 1_000_000, max: 1_000_000 });
  });
});

describe("the nine scope articles", () => {
  const texts = new Map(
    POLICY_KEYS.map((k) => [k, readFileSync(`docs/policies/${POLICIES[k].file}`, "utf8")]),
  );

  it.each(POLICY_KEYS)("%s cites its scope verbatim from the text", (key: PolicyKey) => {
    const scope = POLICIES[key].scope;
    for (const part of scope.text.split("……").filter(Boolean))
      expect(texts.get(key)).toContain(part);
    expect(texts.get(key)).toContain(scope.heading.split("；")[0]!);
    expect(scope.binds.length).toBeGreaterThan(0);
  });

  it("biomedicine and synthetic biology bind every applicant but district governments (企事业单位、社会团体、行业组织)", () => {
    for (const key of ["biomedicine", "synthetic-biology"] as const) {
      const rules = POLICY_RULES.find((p) => p.policy.key === key)!;
      for (const c of rules.clauses)
        expect(scopeBinds(rules.policy, c), c.id).toBe(c.beneficiary !== "district-government");
    }
  });

  it("clauses the scope does not bind say why, and only enterprise clauses need to", () => {
    const outside = ALL_CLAUSES.filter((c) => c.outsideScope).map((c) => c.id);
    expect(outside).toEqual([
      "high-end-equipment/6",
      "green-energy/4.1-a",
      "green-energy/4.1-b",
      "green-energy/4.2",
      "green-energy/4.3-b",
      "green-energy/s3.2-a",
      "integrated-circuits/5",
      "artificial-intelligence/1-b",
      "artificial-intelligence/3-b",
      "artificial-intelligence/4-a",
      "artificial-intelligence/4-b",
      "artificial-intelligence/4-c",
    ]);
  });

  it("a PV project investor outside green energy can still claim green-energy/4.2 (the scope does not bind it)", () => {
    const rules = POLICY_RULES.find((p) => p.policy.key === "green-energy")!;
    const pv = rules.clauses.find((c) => c.id === "green-energy/4.2")!;
    expect(scopeBinds(rules.policy, pv)).toBe(false);
  });
});
