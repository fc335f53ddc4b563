import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const project = (id: string, investment: number | undefined) => ({
  id,
  name: `示范项目${id}`,
  year: 2025,
  investment,
});

describe("artificial-intelligence/4-a intelligent-upgrading benchmarks (unspecified, under the future-factory policy)", () => {
  it("a manufacturer upgrading with AI is eligible to be selected; amount not stated", () => {
    const r = clauseResult("artificial-intelligence/4-a", {
      artificialIntelligence: { manufacturingAiUpgrade: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without an AI upgrade it is not eligible", () => {
    const r = clauseResult("artificial-intelligence/4-a", {
      artificialIntelligence: { manufacturingAiUpgrade: false },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("artificial-intelligence/4-b benchmark demonstration projects: 30% of investment up to 5,000,000", () => {
  it("investment 10,000,000: 30% × 10,000,000 = 3,000,000, to be selected (at most 10 a year)", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [project("p1", 10_000_000)] },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("investment 16,666,667: 30% = 5,000,000 (rounded), the cap reached exactly", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [project("p1", 16_666_667)] },
    });
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("investment 40,000,000: 12,000,000 capped at 5,000,000", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [project("p1", 40_000_000)] },
    });
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two projects of 10,000,000: 3,000,000 + 3,000,000 held to 5,000,000 per enterprise and year", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: {
        demoProjects: [project("p1", 10_000_000), project("p2", 10_000_000)],
      },
    });
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a project already paid 3,000,000 under this clause gets nothing more: 3,000,000 − 3,000,000 = 0", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [project("p1", 10_000_000)] },
      awardsReceived: [
        { id: "a", clauseId: "artificial-intelligence/4-b", itemKey: "p1", amount: 3_000_000 },
      ],
    });
    expect(r.amount).toEqual({ min: 0, max: 0 });
  });

  it("with no demonstration project the clause is not eligible", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [] },
    });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("without the investment figure it asks for it", () => {
    const r = clauseResult("artificial-intelligence/4-b", {
      artificialIntelligence: { demoProjects: [project("p1", undefined)] },
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["artificialIntelligence.demoProjects[].investment"]);
  });

  it("the policy ends 2026-12-31: events of 2026 are claimable in the 2027 round, the 2028 round (events of 2027) is expired", () => {
    const input = { artificialIntelligence: { demoProjects: [project("p1", 10_000_000)] } };
    expect(clauseResult("artificial-intelligence/4-b", input, 2027).status).toBe("eligible");
    expect(clauseResult("artificial-intelligence/4-b", input, 2028).status).toBe("expired");
  });
});

describe("artificial-intelligence/4-c scenario labs (unspecified, district/park support)", () => {
  it("an enterprise running a scenario lab is eligible, subject to assessment; amount not stated", () => {
    const r = clauseResult("artificial-intelligence/4-c", {
      artificialIntelligence: { scenarioLab: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without a lab it is not eligible", () => {
    const r = clauseResult("artificial-intelligence/4-c", {
      artificialIntelligence: { scenarioLab: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
