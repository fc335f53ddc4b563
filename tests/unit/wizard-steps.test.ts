import { describe, expect, it } from "vitest";
import { BENEFICIARIES, POLICY_KEYS, type AnyClause, type PolicyKey } from "@/lib/engine/types";
import { resolveFact } from "@/lib/profile/facts";
import {
  START_FACTS,
  askedFacts,
  factsOfSteps,
  stepOfFact,
  wizardSteps,
  type WizardGroup,
  type WizardStep,
} from "@/lib/profile/wizard-steps";
import { profileSchema } from "@/lib/profile/schema";
import { ALL_CLAUSES } from "@/rules";

const everything = { policies: POLICY_KEYS, roles: BENEFICIARIES };

const group = (steps: readonly WizardStep[], path: string): WizardGroup | undefined =>
  steps
    .flatMap((s) => s.groups)
    .find((g) => (g.type === "list" ? g.path : g.segments.join(".")) === path);

const keys = (g: WizardGroup | undefined) => g?.fields.map((f) => f.key) ?? [];

describe("the wizard's questions come from the clauses' reads", () => {
  it("asks every fact that any clause reads, with every policy and applicant kind chosen", () => {
    const asked = new Set(factsOfSteps(wizardSteps(ALL_CLAUSES, everything)));
    const missing = ALL_CLAUSES.flatMap((c) => c.reads).filter(
      (r) => !asked.has(r) && !START_FACTS.includes(r),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it("resolves every fact a clause reads in the profile schema", () => {
    const unresolved = ALL_CLAUSES.flatMap((c) => c.reads.map((r) => [c.id, r] as const)).filter(
      ([, r]) => !resolveFact(r),
    );
    expect(unresolved).toEqual([]);
  });

  it("asks a biomedicine enterprise about its drugs, with only the drug fields the clauses read", () => {
    const steps = wizardSteps(ALL_CLAUSES, { policies: ["biomedicine"], roles: ["enterprise"] });
    const drugs = group(steps, "biomedicine.drugs");
    expect(drugs?.type).toBe("list");
    expect(keys(drugs)).toEqual(expect.arrayContaining(["name", "clinicalPhase", "rdInvestment"]));
    // The item's name is required by the schema; its id is generated, never asked.
    expect(keys(drugs)).not.toContain("id");
    expect(drugs?.fields.find((f) => f.key === "rdInvestment")?.kind).toBe("money");
    expect(drugs?.fields.find((f) => f.key === "clinicalPhase")?.options?.[1]).toEqual({
      value: "II",
      label: { zh: "Ⅱ期", en: "Phase II" },
    });
    // Only read fields: the drug schema has fields no biomedicine clause for enterprises asks.
    const facts = askedFacts(ALL_CLAUSES, {
      policies: ["biomedicine"],
      roles: ["enterprise"],
    }).facts;
    for (const f of drugs?.fields ?? [])
      if (!f.required) expect(facts.has(f.path), f.path).toBe(true);
  });

  it("does not ask an enterprise what only medical institutions are asked", () => {
    const enterprise = wizardSteps(ALL_CLAUSES, {
      policies: ["biomedicine"],
      roles: ["enterprise"],
    });
    expect(group(enterprise, "biomedicine.medicalInstitution")).toBeUndefined();
    const hospital = wizardSteps(ALL_CLAUSES, {
      policies: ["biomedicine"],
      roles: ["enterprise", "medical-institution"],
    });
    expect(keys(group(hospital, "biomedicine.medicalInstitution"))).toContain("drugTrialQualified");
    expect(group(hospital, "biomedicine.medicalInstitution.firstSetPurchases")?.type).toBe("list");
  });

  it("asks nothing of a policy that was not chosen", () => {
    const steps = wizardSteps(ALL_CLAUSES, { policies: ["software"], roles: ["enterprise"] });
    expect(steps.map((s) => s.id)).not.toContain("biomedicine");
    expect(steps.map((s) => s.id)).toContain("software");
  });

  it("always asks the name, credit code and fields first, but not the industries and roles of the start step", () => {
    const steps = wizardSteps(ALL_CLAUSES, { policies: [], roles: ["enterprise"] });
    expect(steps.map((s) => s.id)).toEqual(["enterprise"]);
    expect(steps[0]!.title).toEqual({ zh: "基本信息", en: "Applicant" });
    expect(keys(steps[0]!.groups[0])).toEqual(["name", "creditCode", "fields"]);
  });

  it("asks other enterprise facts only for a policy whose clauses read them", () => {
    const basics = (policies: PolicyKey[]) =>
      keys(wizardSteps(ALL_CLAUSES, { policies, roles: ["enterprise"] })[0]!.groups[0]);
    // No biomedicine clause for an enterprise reads its size, district or registration:
    // 13's above-designated-size test is for the district government.
    expect(basics(["biomedicine"])).toEqual(["name", "creditCode", "fields"]);
    expect(
      keys(
        wizardSteps(ALL_CLAUSES, { policies: ["biomedicine"], roles: ["district-government"] })[0]!
          .groups[0],
      ),
    ).toContain("aboveDesignatedSize");
    // Visual intelligence's S&T clauses are for enterprises registered in Hangzhou.
    expect(basics(["visual-intelligence"])).toContain("registeredInHangzhou");
    expect(basics(["artificial-intelligence"])).toContain("sme");
  });

  it("orders the steps like the profile schema: basics, figures, common lists, policy sections", () => {
    const order = Object.keys(profileSchema.shape);
    const ids = wizardSteps(ALL_CLAUSES, everything).map((s) => s.id);
    expect(ids[0]).toBe("enterprise");
    expect(ids[1]).toBe("finance");
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });

  it("asks yearly figures by calendar year: events of 2025 read 2025, 2024 and 2023, newest first", () => {
    const steps = wizardSteps(ALL_CLAUSES, { ...everything, eventYear: 2025 });
    const finance = steps.find((s) => s.id === "finance")!;
    expect(finance.groups.map((g) => g.type === "object" && g.title)).toEqual([
      { zh: "2025 年", en: "2025" },
      { zh: "2024 年", en: "2024" },
      { zh: "2023 年", en: "2023" },
    ]);
    const y2024 = group(steps, "finance.2024");
    expect(keys(y2024)).toContain("revenue");
    // The field keeps the rules' path, so the clauses' questions find it.
    expect(y2024?.fields.find((f) => f.key === "revenue")?.path).toBe("finance.previous.revenue");
  });

  it("names the years of relative figures in lists: a product's 本年度 / 上年度 sales are 2025 / 2024 for events of 2025", () => {
    const steps = wizardSteps(ALL_CLAUSES, { ...everything, eventYear: 2025 });
    const drugs = group(steps, "biomedicine.drugs");
    const title = (key: string) => drugs?.fields.find((f) => f.key === key)?.title;
    expect(title("salesCurrent")).toEqual({
      zh: "该产品 2025 年销售额",
      en: "Sales of the product in 2025",
    });
    expect(title("salesPrevious")?.zh).toBe("该产品 2024 年销售额");
    // Without a round the relative words stay.
    const plain = group(wizardSteps(ALL_CLAUSES, everything), "biomedicine.drugs");
    expect(plain?.fields.find((f) => f.key === "salesCurrent")?.title.zh).toBe(
      "该产品本年度销售额",
    );
  });

  it("asks a list the clauses apply to even when they read none of its item fields", () => {
    const clause = {
      ...ALL_CLAUSES.find((c) => c.items?.path === "biomedicine.drugs")!,
      reads: [],
    } as AnyClause;
    const steps = wizardSteps([clause], { policies: ["biomedicine"] });
    const drugs = group(steps, "biomedicine.drugs");
    expect(drugs?.type).toBe("list");
    expect(keys(drugs)).toEqual(["name"]);
  });

  it("maps a fact to the step that asks it", () => {
    const steps = wizardSteps(ALL_CLAUSES, { policies: ["biomedicine"], roles: ["enterprise"] });
    expect(stepOfFact(steps, "biomedicine.drugs[].rdInvestment")).toBe("biomedicine");
    expect(stepOfFact(steps, "enterprise.registeredInHangzhou")).toBe("enterprise");
    expect(stepOfFact(steps, "enterprise.industries")).toBeUndefined();
    expect(stepOfFact(steps, "software.listed")).toBeUndefined();
  });

  it("renders every asked field with a known kind and a Chinese and English title", () => {
    for (const s of wizardSteps(ALL_CLAUSES, everything))
      for (const g of s.groups)
        for (const f of g.fields) {
          expect(f.title.zh, f.path).not.toBe(f.key);
          expect(f.title.en, f.path).toBeTruthy();
          if (f.kind === "choice" || f.kind === "choices")
            expect(f.options?.length).toBeGreaterThan(0);
        }
  });
});
