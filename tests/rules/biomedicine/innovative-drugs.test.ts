import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { drug } from "./fixtures";

describe("biomedicine/3 innovative class-1 drugs", () => {
  it("phase II, R&D 30,000,000: 40% × 30,000,000 = 12,000,000, under the 20,000,000 phase-II cap", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug()] } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });

  it("phase I, R&D 30,000,000: 12,000,000 capped at the phase-I 10,000,000", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({ clinicalPhase: "I" })] },
    });
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("phase III, R&D 100,000,000 reaches the 40,000,000 cap exactly (40% × 100,000,000)", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({ clinicalPhase: "III", rdInvestment: 100_000_000 })] },
    });
    expect(r.amount).toEqual({ min: 0, max: 40_000_000 });
  });

  it("a class-2 drug is not eligible here", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({ registrationClass: "2" })] },
    });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("without the R&D figure the clause needs information and asks for it", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({ rdInvestment: undefined })] },
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("biomedicine.drugs[].rdInvestment");
  });

  it("two varieties are each capped separately: 12,000,000 + 10,000,000 = 22,000,000", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug(), drug({ id: "d2", name: "XY-102", clinicalPhase: "I" })] },
    });
    expect(r.amount).toEqual({ min: 0, max: 22_000_000 });
  });

  it("a variety funded 10,000,000 at phase I, now in phase II with R&D 60,000,000: min(24,000,000, 20,000,000) − 10,000,000 = 10,000,000", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({ rdInvestment: 60_000_000 })] },
      awardsReceived: [
        { id: "a1", clauseId: "biomedicine/3", itemKey: "d1", amount: 10_000_000, year: 2023 },
      ],
    });
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
    expect(r.items[0]!.steps.map((s) => s.op)).toEqual(["base", "rate", "cap", "minus"]);
  });

  it("the policy ends 2027-12-31: in the 2029 round (events of 2028) the clause is expired but still shows its amount", () => {
    expect(clauseResult("biomedicine/3", { biomedicine: { drugs: [drug()] } }, 2028).status).toBe(
      "eligible",
    );
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug()] } }, 2029);
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });
});

describe("biomedicine/4-a improved class-2 drugs", () => {
  const class2 = (over: Parameters<typeof drug>[0] = {}) => ({
    biomedicine: { drugs: [drug({ registrationClass: "2", ...over })] },
  });

  it("class-2 chemical drug in phase II, R&D 20,000,000: 30% × 20,000,000 = 6,000,000, under the 10,000,000 cap", () => {
    const r = clauseResult("biomedicine/4-a", class2({ rdInvestment: 20_000_000 }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 6_000_000 });
  });

  it("phase I: 30% × 20,000,000 = 6,000,000 is held to the phase-I 5,000,000", () => {
    expect(
      clauseResult("biomedicine/4-a", class2({ clinicalPhase: "I", rdInvestment: 20_000_000 }))
        .amount,
    ).toEqual({ min: 0, max: 5_000_000 });
  });

  it("phase III, class-2 biologic, R&D 100,000,000: 30,000,000 is held to the 20,000,000 cap", () => {
    expect(
      clauseResult(
        "biomedicine/4-a",
        class2({ drugType: "biologic", clinicalPhase: "III", rdInvestment: 100_000_000 }),
      ).amount,
    ).toEqual({
      min: 0,
      max: 20_000_000,
    });
  });

  it("class-2 TCM in phase II with R&D 10,000,000: 3,000,000", () => {
    expect(
      clauseResult("biomedicine/4-a", class2({ drugType: "tcm", rdInvestment: 10_000_000 })).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a class-1 drug belongs to (三), not here", () => {
    expect(clauseResult("biomedicine/4-a", { biomedicine: { drugs: [drug()] } }).status).toBe(
      "ineligible",
    );
  });

  it("not yet licensed and industrialising: not eligible", () => {
    expect(
      clauseResult("biomedicine/4-a", class2({ licensedAndIndustrialised: false })).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/4-b class-3 drugs and classic formulas", () => {
  const class3 = (over: Parameters<typeof drug>[0] = {}) => ({
    biomedicine: { drugs: [drug({ registrationClass: "3", ...over })] },
  });

  it("classic-formula TCM compound in phase III, R&D 20,000,000: 20% × 20,000,000 = 4,000,000, under 6,000,000", () => {
    const r = clauseResult("biomedicine/4-b", {
      biomedicine: {
        drugs: [
          drug({
            drugType: "classic-formula",
            registrationClass: undefined,
            clinicalPhase: "III",
            rdInvestment: 20_000_000,
          }),
        ],
      },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 4_000_000 });
  });

  it("class-3 chemical drug in phase II, R&D 15,000,000: 20% = 3,000,000 reaches the phase-II cap exactly", () => {
    expect(clauseResult("biomedicine/4-b", class3({ rdInvestment: 15_000_000 })).amount).toEqual({
      min: 0,
      max: 3_000_000,
    });
  });

  it("class-3 biologic in phase III, R&D 50,000,000: 10,000,000 is held to 6,000,000", () => {
    expect(
      clauseResult(
        "biomedicine/4-b",
        class3({ drugType: "biologic", clinicalPhase: "III", rdInvestment: 50_000_000 }),
      ).amount,
    ).toEqual({
      min: 0,
      max: 6_000_000,
    });
  });

  it("TCM registration class 3 is the classic-formula compound: phase II, R&D 10,000,000 gives 2,000,000", () => {
    expect(
      clauseResult("biomedicine/4-b", class3({ drugType: "tcm", rdInvestment: 10_000_000 })).amount,
    ).toEqual({ min: 0, max: 2_000_000 });
  });

  it("phase I has no tier for class 3: not eligible", () => {
    const r = clauseResult("biomedicine/4-b", class3({ clinicalPhase: "I" }));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("a class-4 chemical drug is not eligible", () => {
    expect(clauseResult("biomedicine/4-b", class3({ registrationClass: "4" })).status).toBe(
      "ineligible",
    );
  });
});
