import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

/** 同一首台（套）产品不得同时享受首台（套）产品应用奖励和保险补偿政策, across years (rule 14). */
const product = {
  id: "F1",
  name: "五轴联动数控机床",
  recognised: true,
  otherLevelAward: false,
  insuranceYear: 2,
  premium: 1_000_000,
  insuredAmount: 100_000_000,
  developedByApplicant: true,
  appliedWithinTwoYears: true,
  awardYear: 1,
  annualSales: 20_000_000,
};
// Within one year 5-b's 2,000,000 would supersede 5-a's 800,000 (从优): 5-a's tests take a
// product bought in, so that only the insurance is in play.
const input = (clauseId?: string, over: Partial<typeof product> = {}) => ({
  highEndEquipment: { firstSetProducts: [{ ...product, ...over }] },
  awardsReceived: clauseId
    ? [{ id: "a1", clauseId, itemKey: "F1", amount: 2_000_000, year: 2024 }]
    : [],
});

describe("high-end-equipment/5-a and 5-b rule each other out for one product across years", () => {
  it("insurance year 2 with nothing received: 80% × 1,000,000 = 800,000", () => {
    expect(
      clauseResult("high-end-equipment/5-a", input(undefined, { developedByApplicant: false }))
        .amount,
    ).toEqual({
      min: 0,
      max: 800_000,
    });
  });

  it("5-b's application award received in 2024 for F1: no insurance compensation in 2025", () => {
    const r = clauseResult("high-end-equipment/5-a", input("high-end-equipment/5-b"));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("5-a's compensation received in 2024 for F1: no application award (10% × 20,000,000 = 2,000,000) in 2025", () => {
    expect(clauseResult("high-end-equipment/5-b", input()).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
    expect(clauseResult("high-end-equipment/5-b", input("high-end-equipment/5-a")).status).toBe(
      "ineligible",
    );
  });

  it("compensation received earlier under 5-a itself does not stop year 2 of 5-a: 800,000", () => {
    expect(
      clauseResult(
        "high-end-equipment/5-a",
        input("high-end-equipment/5-a", { developedByApplicant: false }),
      ).amount,
    ).toEqual({
      min: 0,
      max: 800_000,
    });
  });
});
