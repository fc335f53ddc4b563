import { roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { describe, expect, it } from "vitest";
import { amountText, factLabel } from "@/components/results/labels";
import { resultSections } from "@/components/results/sections";
import { asksFactNow, locateFact, openReadsOfDraft } from "@/components/wizard/locate";
import { fullEngine } from "@/lib/browser/engine-full";
import { problemMessage } from "@/components/wizard/problems";
import { evaluate } from "@/lib/engine/evaluate";
import { parseProfile } from "@/lib/profile/parse";
import { wizardSteps } from "@/lib/profile/wizard-steps";
import { ALL_CLAUSES, registry } from "@/rules";
import { profile } from "@/tests/helpers/profile";

const drugMaker = (rdInvestment: unknown = 30_000_000) => ({
  enterprise: { name: "杭州示例生物医药有限公司", industries: ["biomedicine"] },
  biomedicine: {
    drugs: [
      {
        id: "d1",
        name: "SX-01 片",
        drugType: "chemical",
        registrationClass: "1",
        clinicalPhase: "II",
        licensedAndIndustrialised: true,
        rdInvestment,
      },
    ],
  },
});

describe("the results page's sections", () => {
  it("lists a class-1 drug in phase II under biomedicine/3 with 40% of its R&D", () => {
    const s = resultSections(evaluate(registry, profile(drugMaker()), roundOn("2025-06-30")));
    const bio = s.eligible.find((g) => g.policy === "biomedicine");
    const c = bio?.items.find((x) => x.id === "biomedicine/3");
    expect(c?.amount).toEqual({ min: 0, max: 12_000_000 });
    expect(amountText(c!.amount!, "zh")).toBe("最高 12,000,000 元");
    expect(amountText(c!.amount!, "en")).toBe("up to CNY 12,000,000");
    expect(s.outOfForce).toEqual([]);
  });

  it("moves a policy ended for the round into its own section, with what it would have given", () => {
    // Biomedicine ends 2027-12-31: its last round is 2028; the 2029 round (events of 2028) is after.
    const s = resultSections(evaluate(registry, profile(drugMaker()), roundOf(2029)));
    expect(s.eligible).toEqual([]);
    const bio = s.outOfForce.find((g) => g.policy === "biomedicine");
    expect(bio?.status).toBe("expired");
    expect(bio?.wouldHave.find((c) => c.id === "biomedicine/3")?.amount?.max).toBe(12_000_000);
  });

  it("hides clauses for other kinds of applicant unless the applicant has that role", () => {
    const mine = (roles: string[]) =>
      resultSections(
        evaluate(
          registry,
          profile({ enterprise: { industries: ["biomedicine"], roles } }),
          roundOn("2025-06-30"),
        ),
      ).needsInfo.flatMap((g) => g.items.map((c) => c.beneficiary));
    expect(new Set(mine(["enterprise"]))).toEqual(new Set(["enterprise"]));
    expect(mine(["enterprise", "medical-institution"])).toContain("medical-institution");
  });
});

describe("labels of the questions still open", () => {
  it("names list items with their list and lists as lists", () => {
    expect(factLabel("biomedicine.drugs[].rdInvestment", "zh")).toBe(
      "药品：该品种研发投入（累计）",
    );
    expect(factLabel("biomedicine.drugs", "zh")).toBe("药品（清单）");
    expect(factLabel("biomedicine.drugs", "en")).toBe("Drugs (list)");
    expect(factLabel("finance.current.revenue", "zh")).toBe("事项年度营业收入");
    expect(factLabel("finance.previous.revenue", "zh", 2025)).toBe("2024 年营业收入");
    expect(factLabel("finance.2023.revenue", "en")).toBe("Revenue, 2023");
    expect(factLabel("enterprise.industries", "zh")).toBe("所属产业（政策）");
  });
});

describe("from a question to the field that answers it", () => {
  const steps = wizardSteps(ALL_CLAUSES, { policies: ["biomedicine"], roles: ["enterprise"] });

  it("opens the step and the list's add button when there are no items yet", () => {
    expect(locateFact(steps, "biomedicine.drugs", {})).toEqual({
      step: "biomedicine",
      elementId: "add-biomedicine-drugs",
    });
    expect(locateFact(steps, "biomedicine.drugs[].rdInvestment", {})).toEqual({
      step: "biomedicine",
      elementId: "add-biomedicine-drugs",
    });
  });

  it("focuses the first item still missing the fact", () => {
    const draft = { biomedicine: { drugs: [{ id: "a", rdInvestment: 1 }, { id: "b" }] } };
    expect(locateFact(steps, "biomedicine.drugs[].rdInvestment", draft)?.elementId).toBe(
      "f-biomedicine-drugs-1-rdInvestment",
    );
  });

  it("offers 去填写 for a drug's R&D only once its licence is answered (the R&D field follows it)", () => {
    // drugMaker's drug with its licence unanswered (or answered) and no R&D figure yet.
    const draft = (licensed?: boolean) => {
      const maker = drugMaker();
      const {
        licensedAndIndustrialised: _licensed,
        rdInvestment: _rd,
        ...drug
      } = maker.biomedicine.drugs[0]!;
      const answer = licensed === undefined ? {} : { licensedAndIndustrialised: licensed };
      return { ...maker, biomedicine: { drugs: [{ ...drug, ...answer }] } };
    };
    const stepsFor = (json: ReturnType<typeof draft>) => {
      const result = evaluate(registry, profile(json), roundOf(2026));
      const open = openReadsOfDraft(result, fullEngine.readsOf, json);
      return wizardSteps(ALL_CLAUSES, { policies: ["biomedicine"], roles: ["enterprise"], open });
    };
    const RD = "biomedicine.drugs[].rdInvestment";
    const LICENSED = "biomedicine.drugs[].licensedAndIndustrialised";
    const before = draft();
    expect(asksFactNow(stepsFor(before), LICENSED, before)).toBe(true);
    expect(asksFactNow(stepsFor(before), RD, before)).toBe(false);
    const after = draft(true);
    expect(asksFactNow(stepsFor(after), RD, after)).toBe(true);
    expect(locateFact(stepsFor(after), RD, after)?.elementId).toBe(
      "f-biomedicine-drugs-0-rdInvestment",
    );
    // Plain facts and lists without items are always reachable (their field, or 添加).
    expect(asksFactNow(steps, "enterprise.sme", {})).toBe(true);
    expect(asksFactNow(steps, RD, {})).toBe(true);
  });

  it("sends the industries and roles to the start step, and a plain fact to its field", () => {
    expect(locateFact(steps, "enterprise.roles", {})?.step).toBe("start");
    expect(locateFact(steps, "enterprise.sme", {})).toEqual({
      step: "enterprise",
      elementId: "f-enterprise-sme",
    });
    expect(locateFact(steps, "software.listed", {})).toBeUndefined();
  });
});

describe("validation messages in plain words", () => {
  const texts = {
    notANumber: "请输入数字",
    negative: "不能为负数",
    wholeYuan: "金额须精确到元",
    wholeNumber: "请输入整数",
  };
  const messageFor = (rd: unknown) => {
    const draft = drugMaker(rd);
    const r = parseProfile(draft, "zh");
    if (r.ok) throw new Error("expected a problem");
    return problemMessage(r.problems[0]!, draft, texts);
  };

  it("says what is wrong with a money field: text, a negative figure, part of a yuan", () => {
    expect(messageFor("abc")).toBe("请输入数字");
    expect(messageFor(-5)).toBe("不能为负数");
    expect(messageFor(0.5)).toBe("金额须精确到元");
  });

  it("keeps the schema's own message otherwise", () => {
    const draft = { enterprise: { name: "x".repeat(201) } };
    const r = parseProfile(draft, "zh");
    if (r.ok) throw new Error("expected a problem");
    expect(problemMessage(r.problems[0]!, draft, texts)).toBe(r.problems[0]!.message);
  });
});
