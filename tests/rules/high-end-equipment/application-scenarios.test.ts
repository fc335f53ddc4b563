import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "high-end-equipment/6";
const project = (o: Record<string, unknown> = {}) => ({
  id: "S1",
  name: "智慧医院物流机器人场景",
  replicableOpenScenario: true,
  totalInvestment: 5_000_000,
  ...o,
});
const input = (...scenarioProjects: Record<string, unknown>[]) => ({
  highEndEquipment: { scenarioProjects },
});

describe("high-end-equipment/6 application-scenario opening projects", () => {
  it("investment 5,000,000: 20% = 1,000,000, eligible but to be selected (需评审/评选)", () => {
    const r = clauseResult(ID, input(project()));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("investment 10,000,000 reaches the 2,000,000 cap exactly; 15,000,000 is capped there too", () => {
    expect(clauseResult(ID, input(project({ totalInvestment: 10_000_000 }))).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
    expect(clauseResult(ID, input(project({ totalInvestment: 15_000_000 }))).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });

  it("two projects of 8,000,000: 1,600,000 each, capped at 2,000,000 for the builder a year", () => {
    const r = clauseResult(
      ID,
      input(
        project({ totalInvestment: 8_000_000 }),
        project({ id: "S2", name: "商超服务机器人场景", totalInvestment: 8_000_000 }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a project that is not a replicable scenario-opening project is not eligible", () => {
    const r = clauseResult(ID, input(project({ replicableOpenScenario: false })));
    expect(r.status).toBe("ineligible");
  });
});
