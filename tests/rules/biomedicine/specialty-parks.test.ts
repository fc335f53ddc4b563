import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { as, type BiomedicineInput } from "./fixtures";

type Park = NonNullable<BiomedicineInput["specialtyParks"]>[number];
const park = (standardPlantArea: number, over: Partial<Park> = {}): Park => ({
  id: "k1",
  name: "医药港特色园区",
  recognisedCityPark: true,
  standardPlantArea,
  totalInvestment: 500_000_000,
  ...over,
});

describe("biomedicine/18-a city grant to the park's district", () => {
  const district = (...specialtyParks: Park[]) =>
    as(["district-government"], { biomedicine: { specialtyParks } });

  it("120,000 m² built for 500,000,000: 20% × 500,000,000 = 100,000,000, no cap stated", () => {
    const r = clauseResult("biomedicine/18-a", district(park(120_000)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 100_000_000, max: 100_000_000 });
  });

  it("exactly 100,000 m² qualifies; 99,999 m² does not", () => {
    expect(
      clauseResult("biomedicine/18-a", district(park(100_000, { totalInvestment: 300_000_000 })))
        .amount,
    ).toEqual({ min: 60_000_000, max: 60_000_000 });
    expect(clauseResult("biomedicine/18-a", district(park(99_999))).status).toBe("ineligible");
  });

  it("a park not recognised at city level is not eligible", () => {
    expect(
      clauseResult("biomedicine/18-a", district(park(120_000, { recognisedCityPark: false })))
        .status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/18-b reward to the park investor (amount not stated)", () => {
  const investor = (p: Park) => as(["park-investor"], { biomedicine: { specialtyParks: [p] } });

  it("the investor of a recognised park with 100,000 m²: eligible, amount not stated", () => {
    const r = clauseResult("biomedicine/18-b", investor(park(100_000)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.en).toBe("The text states no amount");
  });

  it("99,999 m²: not eligible", () => {
    expect(clauseResult("biomedicine/18-b", investor(park(99_999))).status).toBe("ineligible");
  });
});

describe("biomedicine/18-c rent reductions in specialty parks (amount not stated)", () => {
  it("an enterprise in a city-level park: eligible, amount not stated", () => {
    const r = clauseResult("biomedicine/18-c", { biomedicine: { inCityLevelSpecialtyPark: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("an enterprise outside such parks: not eligible", () => {
    expect(
      clauseResult("biomedicine/18-c", { biomedicine: { inCityLevelSpecialtyPark: false } }).status,
    ).toBe("ineligible");
  });
});
