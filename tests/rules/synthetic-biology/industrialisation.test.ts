import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

type Project = NonNullable<ProfileInput["projects"]>[number];

const project = (
  id: string,
  eligibleInvestment: number | undefined,
  over: Partial<Project> = {},
): Project => ({
  id,
  name: `合成生物产业化项目 ${id}`,
  isIndustrialisation: true,
  appliesSyntheticBiology: true,
  totalInvestment: eligibleInvestment === undefined ? undefined : eligibleInvestment + 10_000_000,
  eligibleInvestment,
  ...over,
});

describe("synthetic-biology/11 industrialisation projects applying synthetic-biology technology", () => {
  it("50,000,000 eligible investment: 30% × 50,000,000 = 15,000,000", () => {
    const r = clauseResult("synthetic-biology/11", { projects: [project("p1", 50_000_000)] });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 15_000_000 });
  });

  it("exactly 20,000,000 meets “达 2000 万元”: 6,000,000", () => {
    expect(
      clauseResult("synthetic-biology/11", { projects: [project("p1", 20_000_000)] }).amount,
    ).toEqual({ min: 0, max: 6_000_000 });
  });

  it("19,999,999 falls short, with the gap", () => {
    const r = clauseResult("synthetic-biology/11", { projects: [project("p1", 19_999_999)] });
    expectNearMiss(r, { actual: 19_999_999, required: 20_000_000, unit: "yuan", comparator: ">=" });
  });

  it("the threshold applies to the eligible base: 35,000,000 in total but 15,000,000 without land and plant is not enough", () => {
    const r = clauseResult("synthetic-biology/11", {
      projects: [project("p1", 15_000_000, { totalInvestment: 35_000_000 })],
    });
    expect(r.status).toBe("ineligible");
  });

  it("400,000,000: 120,000,000 is held to the 100,000,000 cap", () => {
    expect(
      clauseResult("synthetic-biology/11", { projects: [project("p1", 400_000_000)] }).amount,
    ).toEqual({ min: 0, max: 100_000_000 });
  });

  it("two projects, 200,000,000 and 300,000,000: 60,000,000 + 90,000,000 held to 100,000,000 a year (cap scope, readings rule 8)", () => {
    const r = clauseResult("synthetic-biology/11", {
      projects: [project("p1", 200_000_000), project("p2", 300_000_000)],
    });
    expect(r.items.map((i) => i.amount?.max)).toEqual([60_000_000, 90_000_000]);
    expect(r.amount).toEqual({ min: 0, max: 100_000_000 });
  });

  it("a project not recognised as applying synthetic-biology technology is not eligible", () => {
    const r = clauseResult("synthetic-biology/11", {
      projects: [project("p1", 50_000_000, { appliesSyntheticBiology: false })],
    });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});
