import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const drug = (over: Record<string, unknown>) => ({
  id: "d1",
  name: "XY-101",
  drugType: "chemical",
  registrationClass: "1",
  clinicalPhase: "II",
  licensedAndIndustrialised: true,
  rdInvestment: 30_000_000,
  ...over,
});

describe("biomedicine/3 innovative class-1 drugs", () => {
  it("phase II, R&D 30,000,000: 40% × 30,000,000 = 12,000,000, under the 20,000,000 phase-II cap", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({})] } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });

  it("phase I, R&D 30,000,000: 12,000,000 capped at the phase-I 10,000,000", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({ clinicalPhase: "I" })] } });
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("phase III, R&D 100,000,000 reaches the 40,000,000 cap exactly (40% × 100,000,000)", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({ clinicalPhase: "III", rdInvestment: 100_000_000 })] } });
    expect(r.amount).toEqual({ min: 0, max: 40_000_000 });
  });

  it("a class-2 drug is not eligible here", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({ registrationClass: "2" })] } });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("without the R&D figure the clause needs information and asks for it", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({ rdInvestment: undefined })] } });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("biomedicine.drugs[].rdInvestment");
  });

  it("two varieties are each capped separately: 12,000,000 + 10,000,000 = 22,000,000", () => {
    const r = clauseResult("biomedicine/3", {
      biomedicine: { drugs: [drug({}), drug({ id: "d2", name: "XY-102", clinicalPhase: "I" })] },
    });
    expect(r.amount).toEqual({ min: 0, max: 22_000_000 });
  });

  it("evaluated after the policy ends (2028-01-01) the clause is expired but still shows its amount", () => {
    const r = clauseResult("biomedicine/3", { biomedicine: { drugs: [drug({})] } }, "2028-01-01");
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });
});
