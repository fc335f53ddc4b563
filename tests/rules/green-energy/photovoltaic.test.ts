import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "green-energy/4.2";
const project = (o: Record<string, unknown> = {}) => ({
  id: "PV1",
  name: "厂房屋顶分布式光伏",
  applicantIsInvestor: true,
  qualifying: true,
  gridCapacityWatts: 2_000_000,
  gridConnectionYear: 2024,
  ...o,
});
const input = (...pvProjects: Record<string, unknown>[]) => ({ greenEnergy: { pvProjects } });

describe("green-energy/4.2 photovoltaic projects", () => {
  it("2 MW connected: 0.2 yuan/W × 2,000,000 W = 400,000", () => {
    const r = clauseResult(ID, input(project()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 400_000 });
  });

  it("25 MW reaches the 5,000,000 cap per project exactly; 40 MW is capped there too", () => {
    expect(clauseResult(ID, input(project({ gridCapacityWatts: 25_000_000 }))).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
    expect(clauseResult(ID, input(project({ gridCapacityWatts: 40_000_000 }))).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
  });

  it("two projects of 30 MW are capped separately: 5,000,000 + 5,000,000 = 10,000,000", () => {
    expect(
      clauseResult(
        ID,
        input(
          project({ gridCapacityWatts: 30_000_000 }),
          project({ id: "PV2", name: "渔光互补", gridCapacityWatts: 30_000_000 }),
        ),
      ).amount,
    ).toEqual({
      min: 0,
      max: 10_000_000,
    });
  });

  it("a project connected in 2023 counts; one connected in 2022 does not", () => {
    expect(clauseResult(ID, input(project({ gridConnectionYear: 2023 }))).status).toBe("eligible");
    expect(clauseResult(ID, input(project({ gridConnectionYear: 2022 }))).status).toBe(
      "ineligible",
    );
  });

  it("the applicant must be the project investor", () => {
    expect(clauseResult(ID, input(project({ applicantIsInvestor: false }))).status).toBe(
      "ineligible",
    );
  });

  it("the one-off subsidy is not paid twice for the same project", () => {
    const r = clauseResult(ID, {
      ...input(project()),
      awardsReceived: [{ id: "a1", clauseId: ID, itemKey: "PV1", amount: 400_000, year: 2024 }],
    });
    expect(r.status).toBe("ineligible");
  });
});
