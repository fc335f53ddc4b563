import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("high-end-equipment/4-a robot and additive makers' purchases", () => {
  const ID = "high-end-equipment/4-a";
  const input = (cur: number, prev: number, two: number | undefined, keyField = "robot") => ({
    highEndEquipment: {
      keyField,
      partsPurchasesCurrent: cur,
      partsPurchasesPrevious: prev,
      partsPurchasesTwoYearsAgo: two,
    },
  });

  it("purchases 30,000,000 up from 20,000,000: 5% × 10,000,000 = 500,000", () => {
    const r = clauseResult(ID, input(30_000_000, 20_000_000, 15_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("purchases of exactly 10,000,000 reach the threshold: 5% × (10,000,000 − 8,000,000) = 100,000", () => {
    const r = clauseResult(ID, input(10_000_000, 8_000_000, 7_000_000, "additive-manufacturing"));
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
  });

  it("purchases of 9,999,999 are below the threshold", () => {
    const r = clauseResult(ID, input(9_999_999, 8_000_000, 7_000_000));
    expect(r.status).toBe("ineligible");
  });

  it("an increase of exactly 100,000,000 reaches the 5,000,000 cap; 150,000,000 is capped there too", () => {
    expect(clauseResult(ID, input(150_000_000, 50_000_000, 40_000_000)).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
    expect(clauseResult(ID, input(200_000_000, 50_000_000, 40_000_000)).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
  });

  it("a CNC machine-tool maker is not a robot or additive-manufacturing enterprise", () => {
    const r = clauseResult(ID, input(30_000_000, 20_000_000, 15_000_000, "cnc-machine-tool"));
    expect(r.status).toBe("ineligible");
  });

  it("last year below the year before (上年同比保持增长 not met): not eligible", () => {
    const r = clauseResult(ID, input(30_000_000, 20_000_000, 25_000_000));
    expect(r.status).toBe("ineligible");
  });

  it("no increase on last year: not eligible", () => {
    const r = clauseResult(ID, input(20_000_000, 20_000_000, 15_000_000));
    expect(r.status).toBe("ineligible");
  });
});

describe("high-end-equipment/4-b priority listing of R&D headquarters and bases", () => {
  const ID = "high-end-equipment/4-b";

  it("a robot maker setting up an R&D headquarters is eligible after review; non-monetary", () => {
    const r = clauseResult(ID, {
      highEndEquipment: { keyField: "robot", rdHqOrBaseProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("an aerospace enterprise is not eligible", () => {
    const r = clauseResult(ID, {
      highEndEquipment: { keyField: "aerospace", rdHqOrBaseProject: true },
    });
    expect(r.status).toBe("ineligible");
  });
});
