import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const ID = "green-energy/3.2";
const input = (
  cur: number | undefined,
  prev: number | undefined,
  o: { product?: string } = {},
) => ({
  greenEnergy: {
    emergingProduct: o.product ?? "sodium-ion-battery",
    relatedSalesCurrent: cur,
    relatedSalesPrevious: prev,
  },
});

describe("green-energy/3.2 sales growth of new-type storage and fuel-cell makers", () => {
  it("sales 60,000,000 up from 35,000,000: 25,000,000 = 2 full steps × 500,000 = 1,000,000", () => {
    const r = clauseResult(ID, input(60_000_000, 35_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("sales 40,000,000 up from exactly 30,000,000: one full step = 500,000", () => {
    expect(clauseResult(ID, input(40_000_000, 30_000_000)).amount).toEqual({
      min: 0,
      max: 500_000,
    });
  });

  it("growth is counted only above CNY 30M: 45,000,000 from 25,000,000 counts 15,000,000 = 1 step = 500,000", () => {
    expect(clauseResult(ID, input(45_000_000, 25_000_000)).amount).toEqual({
      min: 0,
      max: 500_000,
    });
  });

  it("growth of 9,999,999 is less than one full step: not eligible", () => {
    expect(clauseResult(ID, input(49_999_999, 40_000_000)).status).toBe("ineligible");
  });

  it("sales of 29,999,999 have not reached CNY 30M", () => {
    expect(clauseResult(ID, input(29_999_999, 10_000_000)).status).toBe("ineligible");
  });

  it("growth of 200,000,000 = 20 steps × 500,000 = 10,000,000, the yearly cap exactly; 300,000,000 is capped there too", () => {
    expect(clauseResult(ID, input(250_000_000, 50_000_000)).amount).toEqual({
      min: 0,
      max: 10_000_000,
    });
    expect(clauseResult(ID, input(350_000_000, 50_000_000)).amount).toEqual({
      min: 0,
      max: 10_000_000,
    });
  });

  it("a maker of ordinary lithium batteries (none of the listed products) is not eligible", () => {
    expect(clauseResult(ID, input(60_000_000, 35_000_000, { product: "none" })).status).toBe(
      "ineligible",
    );
  });

  it("awards are counted from 2023: events of 2022 (round 2023) are not eligible, of 2023 (round 2024) are", () => {
    expect(clauseResult(ID, input(60_000_000, 35_000_000), 2023).status).toBe("not-yet-effective");
    expect(clauseResult(ID, input(60_000_000, 35_000_000), 2024).status).toBe("eligible");
  });
});
