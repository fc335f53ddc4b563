import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { as, type BiomedicineInput } from "./fixtures";

type Project = NonNullable<ProfileInput["projects"]>[number];
type Sale = NonNullable<BiomedicineInput["statePlantSales"]>[number];

const project = (eligibleInvestment: number | undefined, over: Partial<Project> = {}): Project => ({
  id: "p1",
  name: "抗体药物产业化基地",
  isIndustrialisation: true,
  eligibleInvestment,
  ...over,
});

describe("biomedicine/12-a industrialisation projects", () => {
  it("eligible investment 30,000,000: 30% × 30,000,000 = 9,000,000, fixed by the text", () => {
    const r = clauseResult("biomedicine/12-a", { projects: [project(30_000_000)] });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 9_000_000, max: 9_000_000 });
  });

  it("exactly 20,000,000 meets “达 2000 万元”: 6,000,000", () => {
    expect(clauseResult("biomedicine/12-a", { projects: [project(20_000_000)] }).amount).toEqual({
      min: 6_000_000,
      max: 6_000_000,
    });
  });

  it("19,999,999 on the eligible base falls short, even with 50,000,000 in total (land and plant excluded)", () => {
    const r = clauseResult("biomedicine/12-a", {
      projects: [project(19_999_999, { totalInvestment: 50_000_000 })],
    });
    expectNearMiss(r, { actual: 19_999_999, required: 20_000_000, unit: "yuan", comparator: ">=" });
  });

  it("no cap is stated: 1,000,000,000 gives 300,000,000", () => {
    expect(clauseResult("biomedicine/12-a", { projects: [project(1_000_000_000)] }).amount).toEqual(
      { min: 300_000_000, max: 300_000_000 },
    );
  });

  it("a project that is not an industrialisation project is not eligible", () => {
    expect(
      clauseResult("biomedicine/12-a", {
        projects: [project(30_000_000, { isIndustrialisation: false })],
      }).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/12-b plant sold by a district's state-owned platform", () => {
  const sale = (
    id: string,
    area: number | undefined,
    transactionValue: number,
    over: Partial<Sale> = {},
  ): Sale => ({
    id,
    name: `国资厂房 ${id}`,
    builtByStatePlatform: true,
    allForIndustrialisation: true,
    area,
    transactionValue,
    ...over,
  });
  const district = (...statePlantSales: Sale[]) =>
    as(["district-government"], { biomedicine: { statePlantSales } });

  it("12,000 m² sold for 100,000,000: the district receives 20% × 100,000,000 = 20,000,000", () => {
    const r = clauseResult("biomedicine/12-b", district(sale("s1", 12_000, 100_000_000)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 20_000_000, max: 20_000_000 });
  });

  it("exactly 10,000 m² qualifies; 9,999 m² does not (with the gap)", () => {
    expect(
      clauseResult("biomedicine/12-b", district(sale("s1", 10_000, 50_000_000))).amount,
    ).toEqual({ min: 10_000_000, max: 10_000_000 });
    const r = clauseResult("biomedicine/12-b", district(sale("s1", 9_999, 50_000_000)));
    expectNearMiss(r, { actual: 9_999, required: 10_000, unit: "area-m2", comparator: ">=" });
  });

  it("two sales of 300,000,000 and 250,000,000: 110,000,000 is held to the 100,000,000 cap; a small third sale does not count", () => {
    const r = clauseResult(
      "biomedicine/12-b",
      district(
        sale("s1", 20_000, 300_000_000),
        sale("s2", 15_000, 250_000_000),
        sale("s3", 5_000, 80_000_000),
      ),
    );
    expect(r.amount).toEqual({ min: 100_000_000, max: 100_000_000 });
  });

  it("the cap covers the district once: 40,000,000 received earlier leaves 100,000,000 − 40,000,000 = 60,000,000", () => {
    const r = clauseResult("biomedicine/12-b", {
      ...district(sale("s1", 50_000, 600_000_000)),
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/12-b", amount: 40_000_000, year: 2024 }],
    });
    expect(r.amount).toEqual({ min: 60_000_000, max: 60_000_000 });
  });

  it("plant not wholly used for industrialisation is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/12-b",
        district(sale("s1", 12_000, 100_000_000, { allForIndustrialisation: false })),
      ).status,
    ).toBe("ineligible");
  });

  it("an enterprise applicant is not the beneficiary", () => {
    const r = clauseResult("biomedicine/12-b", {
      biomedicine: { statePlantSales: [sale("s1", 12_000, 100_000_000)] },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.amount).toBeNull();
  });
});

describe("biomedicine/13 new city-retained contribution to the district", () => {
  const contribution = (
    current: number | undefined,
    previous: number | undefined,
    aboveDesignatedSize = true,
  ) =>
    as(
      ["district-government"],
      {
        finance: {
          current: { cityRetainedContribution: current },
          previous: { cityRetainedContribution: previous },
        },
      },
      { aboveDesignatedSize },
    );

  it("8,000,000 this year after 5,000,000: the whole 3,000,000 increase goes to the district", () => {
    const r = clauseResult("biomedicine/13", contribution(8_000_000, 5_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 3_000_000, max: 3_000_000 });
  });

  it("an increase of 1 yuan is an increase; no increase is not eligible", () => {
    expect(clauseResult("biomedicine/13", contribution(5_000_001, 5_000_000)).amount).toEqual({
      min: 1,
      max: 1,
    });
    expect(clauseResult("biomedicine/13", contribution(5_000_000, 5_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("an enterprise below designated size is not eligible", () => {
    expect(clauseResult("biomedicine/13", contribution(8_000_000, 5_000_000, false)).status).toBe(
      "ineligible",
    );
  });

  it("without last year's contribution the clause asks for it", () => {
    const r = clauseResult("biomedicine/13", contribution(8_000_000, undefined));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("finance.previous.cityRetainedContribution");
  });
});
