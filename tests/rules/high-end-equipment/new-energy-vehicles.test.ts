import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("high-end-equipment/2-a NEV capacity reward", () => {
  const ID = "high-end-equipment/2-a";
  const input = (
    hee: Record<string, unknown> = {},
    va: [number | undefined, number | undefined, number | undefined] = [
      1_900_000_000, 1_800_000_000, 1_700_000_000,
    ],
    awards: unknown[] = [],
  ) => ({
    highEndEquipment: {
      vehicleMaker: true,
      approvedCapacity: 200_000,
      actualCapacity: 160_000,
      actualOutput: 150_000,
      nevOutput: 90_000,
      ...hee,
    },
    finance: {
      current: { valueAdded: va[0] },
      previous: { valueAdded: va[1] },
      twoYearsAgo: { valueAdded: va[2] },
    },
    awardsReceived: awards,
  });

  it("80% capacity use, 60% NEVs, value added up 100,000,000: 5% × 100,000,000 = 5,000,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("exactly 75% of approved capacity and exactly 50% NEVs are enough (达到 / 及以上)", () => {
    const r = clauseResult(ID, input({ actualCapacity: 150_000, nevOutput: 75_000 }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("149,999 of 200,000 (just under 75%) is not enough", () => {
    const r = clauseResult(ID, input({ actualCapacity: 149_999 }));
    expect(r.status).toBe("ineligible");
  });

  it("value added up 300,000,000: 5% = 15,000,000, capped at the one-off 10,000,000", () => {
    const r = clauseResult(ID, input({}, [2_100_000_000, 1_800_000_000, 1_700_000_000]));
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("value added up exactly 200,000,000: 5% = 10,000,000, the cap exactly", () => {
    const r = clauseResult(ID, input({}, [2_000_000_000, 1_800_000_000, 1_700_000_000]));
    expect(r.amount).toEqual({ min: 0, max: 10_000_000 });
  });

  it("last year fell on the year before (上年同比保持增长 not met): not eligible", () => {
    const r = clauseResult(ID, input({}, [1_900_000_000, 1_800_000_000, 1_850_000_000]));
    expect(r.status).toBe("ineligible");
  });

  it("without the year-before-last figure the growth condition needs information", () => {
    const r = clauseResult(ID, input({}, [1_900_000_000, 1_800_000_000, undefined]));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("finance.twoYearsAgo.valueAdded");
  });

  it("a one-off reward already received is not paid again", () => {
    const r = clauseResult(
      ID,
      input({}, undefined, [{ id: "a1", clauseId: ID, amount: 3_000_000, year: 2024 }]),
    );
    expect(r.status).toBe("ineligible");
  });
});

describe("high-end-equipment/2-b new-model sales tiers", () => {
  const ID = "high-end-equipment/2-b";
  const input = (model: Record<string, unknown> = {}, awards: unknown[] = []) => ({
    highEndEquipment: {
      vehicleMaker: true,
      newVehicleModels: [
        {
          id: "M1",
          name: "星河 S7",
          newlyListed: true,
          annualSales: 6_000_000_000,
          priorBestAnnualSales: 0,
          ...model,
        },
      ],
    },
    awardsReceived: awards,
  });

  it("a new model selling 6,000,000,000 first reaches the CNY 5B tier: up to 2,000,000", () => {
    const r = clauseResult(ID, input());
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("exactly 5,000,000,000 reaches the first tier (达到…以上): 2,000,000", () => {
    const r = clauseResult(ID, input({ annualSales: 5_000_000_000 }));
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("4,999,999,999 reaches no tier", () => {
    const r = clauseResult(ID, input({ annualSales: 4_999_999_999 }));
    expect(r.status).toBe("ineligible");
  });

  it("moving up to 12,000,000,000 after receiving 2,000,000 pays the difference: 4,000,000 − 2,000,000 = 2,000,000", () => {
    const r = clauseResult(
      ID,
      input({ annualSales: 12_000_000_000, priorBestAnnualSales: 7_000_000_000 }, [
        { id: "a1", clauseId: ID, itemKey: "M1", amount: 2_000_000, year: 2024 },
      ]),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("moving up without a recorded award still deducts the lower tier reached before: 4,000,000 − 2,000,000 = 2,000,000", () => {
    const r = clauseResult(
      ID,
      input({ annualSales: 12_000_000_000, priorBestAnnualSales: 7_000_000_000 }),
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("reaching 10,000,000,000 in its first year pays the top tier: 4,000,000", () => {
    const r = clauseResult(ID, input({ annualSales: 10_000_000_000 }));
    expect(r.amount).toEqual({ min: 0, max: 4_000_000 });
  });

  it("a tier already reached in an earlier year is not reached for the first time", () => {
    const r = clauseResult(
      ID,
      input({ annualSales: 8_000_000_000, priorBestAnnualSales: 6_000_000_000 }),
    );
    expect(r.status).toBe("ineligible");
  });

  it("a model not newly listed in the MIIT announcement is not eligible", () => {
    const r = clauseResult(ID, input({ newlyListed: false }));
    expect(r.status).toBe("ineligible");
  });
});

describe("high-end-equipment/2-c purchases from non-affiliated parts makers", () => {
  const ID = "high-end-equipment/2-c";
  const input = (cur: number, prev: number, two: number | undefined, maker = true) => ({
    highEndEquipment: {
      vehicleMaker: maker,
      partsPurchasesCurrent: cur,
      partsPurchasesPrevious: prev,
      partsPurchasesTwoYearsAgo: two,
    },
  });

  it("purchases 300,000,000 up from 250,000,000 (20%): 1% × 50,000,000 = 500,000", () => {
    const r = clauseResult(ID, input(300_000_000, 250_000_000, 240_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("growth of exactly 2% (204,000,000 on 200,000,000) is enough: 1% × 4,000,000 = 40,000", () => {
    const r = clauseResult(ID, input(204_000_000, 200_000_000, 190_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 40_000 });
  });

  it("growth of 1.9% is not enough", () => {
    const r = clauseResult(ID, input(203_800_000, 200_000_000, 190_000_000));
    expect(r.status).toBe("ineligible");
  });

  it("purchases of exactly 100,000,000 reach the threshold: 1% × (100,000,000 − 98,000,000) = 20,000", () => {
    const r = clauseResult(ID, input(100_000_000, 98_000_000, 90_000_000));
    expect(r.amount).toEqual({ min: 0, max: 20_000 });
  });

  it("purchases of 99,999,999 are below the CNY 100M threshold", () => {
    const r = clauseResult(ID, input(99_999_999, 90_000_000, 80_000_000));
    expect(r.status).toBe("ineligible");
  });

  it("an increase of 1,000,000,000: 10,000,000 capped at 8,000,000 a year", () => {
    const r = clauseResult(ID, input(2_000_000_000, 1_000_000_000, 900_000_000));
    expect(r.amount).toEqual({ min: 0, max: 8_000_000 });
  });

  it("last year below the year before (上年同比保持增长 not met): not eligible", () => {
    const r = clauseResult(ID, input(300_000_000, 250_000_000, 260_000_000));
    expect(r.status).toBe("ineligible");
  });

  it("a parts maker (not a vehicle manufacturer) is not eligible", () => {
    const r = clauseResult(ID, input(300_000_000, 250_000_000, 240_000_000, false));
    expect(r.status).toBe("ineligible");
  });
});
