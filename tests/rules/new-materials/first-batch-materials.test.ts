import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";

const material = (o: Record<string, unknown> = {}) => ({
  id: "N1",
  name: "光伏封装 POE 胶膜",
  ...o,
});
const insured = (o: Record<string, unknown> = {}) =>
  material({
    inCityCatalogue: true,
    nationalOrProvincialPremiumSubsidy: false,
    firstSetEquipmentMaterialCompensated: false,
    provincialRecognitionAward: false,
    insuranceYear: 1,
    premium: 500_000,
    insuredAmount: 50_000_000,
    ...o,
  });
const recognised = (o: Record<string, unknown> = {}) =>
  material({
    provinciallyRecognised: true,
    provincialRecognitionAward: false,
    firstYearSales: 8_000_000,
    ...o,
  });
const withMaterials = (...firstBatchMaterials: Record<string, unknown>[]) => ({
  newMaterials: { field: "functional-membrane", firstBatchMaterials },
});

describe("new-materials/3-a first-batch insurance compensation", () => {
  const ID = "new-materials/3-a";

  it("year 1, premium 500,000 on 50,000,000 insured: 90% × 500,000 = 450,000", () => {
    const r = clauseResult(ID, withMaterials(insured()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 450_000 });
  });

  it("years 1, 2 and 3 give 90%, 80%, 70% of the premium; year 4 nothing", () => {
    expect(clauseResult(ID, withMaterials(insured({ insuranceYear: 1 }))).amount).toEqual({
      min: 0,
      max: 450_000,
    });
    expect(clauseResult(ID, withMaterials(insured({ insuranceYear: 2 }))).amount).toEqual({
      min: 0,
      max: 400_000,
    });
    expect(clauseResult(ID, withMaterials(insured({ insuranceYear: 3 }))).amount).toEqual({
      min: 0,
      max: 350_000,
    });
    const year4 = clauseResult(ID, withMaterials(insured({ insuranceYear: 4 })));
    expect(year4.status).toBe("ineligible");
    expect(year4.amount).toBeNull();
  });

  it("a premium of 1,500,000 on 50,000,000 is counted at 2% = 1,000,000: 90% = 900,000", () => {
    expect(clauseResult(ID, withMaterials(insured({ premium: 1_500_000 }))).amount).toEqual({
      min: 0,
      max: 900_000,
    });
  });

  it("year 3, premium 3,000,000 on 150,000,000 insured hits 2% exactly: 70% × 3,000,000 = 2,100,000", () => {
    expect(
      clauseResult(
        ID,
        withMaterials(
          insured({ insuranceYear: 3, premium: 3_000_000, insuredAmount: 150_000_000 }),
        ),
      ).amount,
    ).toEqual({ min: 0, max: 2_100_000 });
  });

  it("year 1, premium 5,000,000 on 250,000,000: 4,500,000 capped at 3,000,000 a year", () => {
    expect(
      clauseResult(ID, withMaterials(insured({ premium: 5_000_000, insuredAmount: 250_000_000 })))
        .amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a material that already received a national or provincial premium subsidy is excluded", () => {
    expect(
      clauseResult(ID, withMaterials(insured({ nationalOrProvincialPremiumSubsidy: true }))).status,
    ).toBe("ineligible");
  });

  it("a material for first-of-a-kind equipment already compensated is excluded", () => {
    expect(
      clauseResult(ID, withMaterials(insured({ firstSetEquipmentMaterialCompensated: true })))
        .status,
    ).toBe("ineligible");
  });

  it("a material not in the Hangzhou catalogue is not eligible", () => {
    expect(clauseResult(ID, withMaterials(insured({ inCityCatalogue: false }))).status).toBe(
      "ineligible",
    );
  });
});

describe("new-materials/3-b first-batch application award", () => {
  const ID = "new-materials/3-b";

  it("first-year sales of 8,000,000: 10% = 800,000", () => {
    const r = clauseResult(ID, withMaterials(recognised()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 800_000 });
  });

  it("first-year sales of exactly 1,000,000 reach the threshold (达到…及以上): 100,000", () => {
    expect(
      clauseResult(ID, withMaterials(recognised({ firstYearSales: 1_000_000 }))).amount,
    ).toEqual({ min: 0, max: 100_000 });
  });

  it("first-year sales of 999,999 fall short", () => {
    expect(clauseResult(ID, withMaterials(recognised({ firstYearSales: 999_999 }))).status).toBe(
      "ineligible",
    );
  });

  it("sales of 30,000,000 reach the 3,000,000 cap exactly", () => {
    expect(
      clauseResult(ID, withMaterials(recognised({ firstYearSales: 30_000_000 }))).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a material that took the provincial recognition award is excluded", () => {
    expect(
      clauseResult(ID, withMaterials(recognised({ provincialRecognitionAward: true }))).status,
    ).toBe("ineligible");
  });

  it("the one-off award is not paid twice for the same material", () => {
    const r = clauseResult(ID, {
      ...withMaterials(recognised()),
      awardsReceived: [{ id: "a1", clauseId: ID, itemKey: "N1", amount: 500_000, year: 2024 }],
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("new-materials/3-c quality-products catalogue", () => {
  const ID = "new-materials/3-c";

  it("a material in a national or provincial catalogue is listed; non-monetary", () => {
    const r = clauseResult(
      ID,
      withMaterials(material({ inCityCatalogue: false, inNationalOrProvincialCatalogue: true })),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a material in no catalogue is not", () => {
    expect(
      clauseResult(
        ID,
        withMaterials(material({ inCityCatalogue: false, inNationalOrProvincialCatalogue: false })),
      ).status,
    ).toBe("ineligible");
  });
});

describe("the same first-batch material takes the insurance compensation or the application award, not both", () => {
  it("award 800,000 beats compensation 450,000: 3-b pays, 3-a is superseded", () => {
    const r = evaluateProfile(withMaterials({ ...insured(), ...recognised() }), "2025-06-30", [
      "new-materials",
    ]);
    const a = r.clauses.find((c) => c.id === "new-materials/3-a")!;
    const b = r.clauses.find((c) => c.id === "new-materials/3-b")!;
    expect(b.amount).toEqual({ min: 0, max: 800_000 });
    expect(a.status).toBe("superseded");
    expect(a.supersededBy).toBe("new-materials/3-b");
  });

  it("compensation 450,000 beats award 200,000: 3-a pays, 3-b is superseded", () => {
    const r = evaluateProfile(
      withMaterials({ ...insured(), ...recognised({ firstYearSales: 2_000_000 }) }),
      "2025-06-30",
      ["new-materials"],
    );
    const a = r.clauses.find((c) => c.id === "new-materials/3-a")!;
    const b = r.clauses.find((c) => c.id === "new-materials/3-b")!;
    expect(a.amount).toEqual({ min: 0, max: 450_000 });
    expect(b.status).toBe("superseded");
    expect(b.supersededBy).toBe("new-materials/3-a");
  });
});
