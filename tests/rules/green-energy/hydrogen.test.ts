import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/4.1-a hydrogen fuel-cell vehicles (range per vehicle)", () => {
  const ID = "green-energy/4.1-a";
  const batch = (o: Record<string, unknown> = {}) => ({
    id: "V1",
    name: "氢能物流车队",
    vehicleType: "logistics",
    vehicles: 10,
    inDemonstration: true,
    startYear: 2024,
    ...o,
  });
  const input = (...hydrogenVehicles: Record<string, unknown>[]) => ({
    greenEnergy: { hydrogenVehicles },
  });

  it("10 logistics vehicles: 200,000 × 10 = 2,000,000 to 400,000 × 10 = 4,000,000", () => {
    const r = clauseResult(ID, input(batch()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 2_000_000, max: 4_000_000 });
  });

  it("5 buses: 200,000 × 5 = 1,000,000 to 350,000 × 5 = 1,750,000", () => {
    expect(clauseResult(ID, input(batch({ vehicleType: "bus", vehicles: 5 }))).amount).toEqual({
      min: 1_000_000,
      max: 1_750_000,
    });
  });

  it("a single refrigerated vehicle (the least that counts): 200,000 to 400,000", () => {
    expect(
      clauseResult(ID, input(batch({ vehicleType: "refrigerated", vehicles: 1 }))).amount,
    ).toEqual({ min: 200_000, max: 400_000 });
  });

  it("vehicles in operation since 2022 are not counted (awards from 2023)", () => {
    expect(clauseResult(ID, input(batch({ startYear: 2022 }))).status).toBe("ineligible");
  });

  it("vehicles not in demonstration operation in Hangzhou are not eligible", () => {
    expect(clauseResult(ID, input(batch({ inDemonstration: false }))).status).toBe("ineligible");
  });
});

describe("green-energy/4.1-b road access", () => {
  it("vehicles in demonstration operation get road access; non-monetary", () => {
    const r = clauseResult("green-energy/4.1-b", {
      greenEnergy: { hydrogenVehicles: [{ id: "V1", name: "车队", inDemonstration: true }] },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("vehicles not in demonstration operation do not", () => {
    expect(
      clauseResult("green-energy/4.1-b", {
        greenEnergy: { hydrogenVehicles: [{ id: "V1", name: "车队", inDemonstration: false }] },
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/4.1-c hydrogen refuelling subsidy (rate by the calendar year of the kilograms)", () => {
  const ID = "green-energy/4.1-c";
  const year = (y: number, kg: number, o: Record<string, unknown> = {}) => ({
    id: `H${y}`,
    name: `钱塘加氢站 ${y}`,
    year: y,
    kilograms: kg,
    meetsGuidancePrice: true,
    ...o,
  });
  const input = (...hydrogenRefuelling: Record<string, unknown>[]) => ({
    greenEnergy: { hydrogenRefuelling },
  });

  it("100,000 kg in 2024: 20 yuan/kg × 100,000 = 2,000,000", () => {
    const r = clauseResult(ID, input(year(2024, 100_000)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("100,000 kg in 2025: 15 yuan/kg × 100,000 = 1,500,000", () => {
    expect(clauseResult(ID, input(year(2025, 100_000))).amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("2023 (the first year counted) 50,000 kg + 2025 80,000 kg: 1,000,000 + 1,200,000 = 2,200,000", () => {
    expect(clauseResult(ID, input(year(2023, 50_000), year(2025, 80_000))).amount).toEqual({
      min: 0,
      max: 2_200_000,
    });
  });

  it("2,500.5 kg in 2024: 20 × 2,500.5 = 50,010", () => {
    expect(clauseResult(ID, input(year(2024, 2_500.5))).amount).toEqual({ min: 0, max: 50_010 });
  });

  it("kilograms dispensed in 2022 are not subsidised", () => {
    expect(clauseResult(ID, input(year(2022, 100_000))).status).toBe("ineligible");
  });

  it("a station above the guidance price is not eligible", () => {
    expect(clauseResult(ID, input(year(2024, 100_000, { meetsGuidancePrice: false }))).status).toBe(
      "ineligible",
    );
  });
});
