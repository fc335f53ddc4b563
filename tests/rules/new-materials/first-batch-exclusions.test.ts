import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

/**
 * 同一首批次新材料不得同时享受保险补偿、应用奖励和省级认定奖励 holds across years (readings rule
 * 14): an award recorded under the other clause for the same material rules this one out.
 */
const material = {
  id: "N1",
  name: "光伏封装 POE 胶膜",
  inCityCatalogue: true,
  nationalOrProvincialPremiumSubsidy: false,
  firstSetEquipmentMaterialCompensated: false,
  provincialRecognitionAward: false,
  insuranceYear: 1,
  premium: 500_000,
  insuredAmount: 50_000_000,
  provinciallyRecognised: true,
  firstYearSales: 8_000_000,
};
const award = (clauseId: string, itemKey?: string) => ({
  id: "a1",
  clauseId,
  itemKey,
  amount: 800_000,
  year: 2024,
});
// Within one year 3-b's 800,000 would supersede 3-a's 450,000 (从优): 3-a's tests leave the
// material unrecognised by the province so that only the insurance is in play.
const input = (...awardsReceived: ReturnType<typeof award>[]) => ({
  newMaterials: { field: "functional-membrane", firstBatchMaterials: [material] },
  awardsReceived,
});
const insuredOnly = (...awardsReceived: ReturnType<typeof award>[]) => ({
  newMaterials: {
    field: "functional-membrane",
    firstBatchMaterials: [{ ...material, provinciallyRecognised: false }],
  },
  awardsReceived,
});

describe("new-materials/3-a insurance after the application award of an earlier year", () => {
  it("no award recorded: 90% × 500,000 = 450,000", () => {
    expect(clauseResult("new-materials/3-a", insuredOnly()).amount).toEqual({
      min: 0,
      max: 450_000,
    });
  });

  it("3-b's award of 800,000 received in 2024 for the same material: no compensation now (ineligible)", () => {
    const r = clauseResult("new-materials/3-a", insuredOnly(award("new-materials/3-b", "N1")));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
    expect(r.items[0]!.conditions.at(-1)!.label.zh).toContain("不得同时享受");
  });

  it("an award for another material does not count: 450,000", () => {
    expect(
      clauseResult("new-materials/3-a", insuredOnly(award("new-materials/3-b", "N2"))).amount,
    ).toEqual({ min: 0, max: 450_000 });
  });

  it("an award under 3-b that names no material may be this one: needs info", () => {
    const r = clauseResult("new-materials/3-a", insuredOnly(award("new-materials/3-b")));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("awardsReceived[].itemKey");
  });
});

describe("new-materials/3-b application award after insurance compensation of an earlier year", () => {
  it("no compensation recorded: up to 10% × 8,000,000 = 800,000", () => {
    expect(clauseResult("new-materials/3-b", input()).amount).toEqual({ min: 0, max: 800_000 });
  });

  it("3-a's compensation received in 2024 for the same material: no award now", () => {
    expect(clauseResult("new-materials/3-b", input(award("new-materials/3-a", "N1"))).status).toBe(
      "ineligible",
    );
  });
});
