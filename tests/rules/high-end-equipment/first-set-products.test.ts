import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";

const product = (o: Record<string, unknown> = {}) => ({
  id: "F1",
  name: "五轴联动数控机床",
  recognised: true,
  otherLevelAward: false,
  ...o,
});
const insured = (o: Record<string, unknown> = {}) =>
  product({ insuranceYear: 1, premium: 1_000_000, insuredAmount: 100_000_000, ...o });
const applied = (o: Record<string, unknown> = {}) =>
  product({
    developedByApplicant: true,
    appliedWithinTwoYears: true,
    awardYear: 1,
    annualSales: 20_000_000,
    ...o,
  });
const withProducts = (...firstSetProducts: Record<string, unknown>[]) => ({
  highEndEquipment: { firstSetProducts },
});

describe("high-end-equipment/5-a first-of-a-kind insurance compensation", () => {
  const ID = "high-end-equipment/5-a";

  it("year 1, premium 1,000,000 on an insured 100,000,000: 90% × 1,000,000 = 900,000", () => {
    const r = clauseResult(ID, withProducts(insured()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 900_000 });
  });

  it("years 1, 2 and 3 give 90%, 80%, 70% of the premium; year 4 nothing", () => {
    expect(clauseResult(ID, withProducts(insured({ insuranceYear: 1 }))).amount).toEqual({
      min: 0,
      max: 900_000,
    });
    expect(clauseResult(ID, withProducts(insured({ insuranceYear: 2 }))).amount).toEqual({
      min: 0,
      max: 800_000,
    });
    expect(clauseResult(ID, withProducts(insured({ insuranceYear: 3 }))).amount).toEqual({
      min: 0,
      max: 700_000,
    });
    const year4 = clauseResult(ID, withProducts(insured({ insuranceYear: 4 })));
    expect(year4.status).toBe("ineligible");
    expect(year4.amount).toBeNull();
  });

  it("a premium of 3,000,000 on 100,000,000 insured is counted at 2% = 2,000,000: 90% × 2,000,000 = 1,800,000", () => {
    const r = clauseResult(ID, withProducts(insured({ premium: 3_000_000 })));
    expect(r.amount).toEqual({ min: 0, max: 1_800_000 });
  });

  it("year 2, premium 6,250,000 (within 2% of 312,500,000): 80% = 5,000,000, the yearly cap exactly", () => {
    const r = clauseResult(
      ID,
      withProducts(insured({ insuranceYear: 2, premium: 6_250_000, insuredAmount: 312_500_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("year 1, premium 8,000,000 on 400,000,000: 90% = 7,200,000, capped at 5,000,000", () => {
    const r = clauseResult(
      ID,
      withProducts(insured({ premium: 8_000_000, insuredAmount: 400_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two products of 3,600,000 each: 7,200,000 together, capped at 5,000,000 per enterprise a year", () => {
    const r = clauseResult(
      ID,
      withProducts(
        insured({ premium: 4_000_000, insuredAmount: 200_000_000 }),
        insured({ id: "F2", name: "激光增材设备", premium: 4_000_000, insuredAmount: 200_000_000 }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a product that already takes a national or provincial award is not eligible", () => {
    const r = clauseResult(ID, withProducts(insured({ otherLevelAward: true })));
    expect(r.status).toBe("ineligible");
  });

  it("an unrecognised product is not eligible", () => {
    const r = clauseResult(ID, withProducts(insured({ recognised: false })));
    expect(r.status).toBe("ineligible");
  });
});

describe("high-end-equipment/5-b first-of-a-kind application award", () => {
  const ID = "high-end-equipment/5-b";

  it("sales of 20,000,000: 10% = 2,000,000", () => {
    const r = clauseResult(ID, withProducts(applied()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("sales of 30,000,000 reach the 3,000,000 cap exactly; 50,000,000 is capped there too", () => {
    expect(clauseResult(ID, withProducts(applied({ annualSales: 30_000_000 }))).amount).toEqual({
      min: 0,
      max: 3_000_000,
    });
    expect(clauseResult(ID, withProducts(applied({ annualSales: 50_000_000 }))).amount).toEqual({
      min: 0,
      max: 3_000_000,
    });
  });

  it("the third consecutive year is still supported; the fourth is not", () => {
    expect(clauseResult(ID, withProducts(applied({ awardYear: 3 }))).status).toBe("eligible");
    expect(clauseResult(ID, withProducts(applied({ awardYear: 4 }))).status).toBe("ineligible");
  });

  it("a product not applied within two years is not eligible", () => {
    const r = clauseResult(ID, withProducts(applied({ appliedWithinTwoYears: false })));
    expect(r.status).toBe("ineligible");
  });
});

describe("the same first-of-a-kind product takes the insurance compensation or the application award, not both", () => {
  const both = (sales: number) =>
    withProducts(product({ ...insured(), ...applied({ annualSales: sales }) }));

  it("award 2,000,000 beats compensation 900,000: 5-b pays, 5-a is superseded", () => {
    const r = evaluateProfile(both(20_000_000), "2025-06-30", ["high-end-equipment"]);
    const a = r.clauses.find((c) => c.id === "high-end-equipment/5-a")!;
    const b = r.clauses.find((c) => c.id === "high-end-equipment/5-b")!;
    expect(b.status).toBe("eligible");
    expect(b.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(a.status).toBe("superseded");
    expect(a.supersededBy).toBe("high-end-equipment/5-b");
    expect(r.totals.byPolicy["high-end-equipment"]?.max).toBe(2_000_000);
  });

  it("compensation 900,000 beats award 500,000: 5-a pays, 5-b is superseded", () => {
    const r = evaluateProfile(both(5_000_000), "2025-06-30", ["high-end-equipment"]);
    const a = r.clauses.find((c) => c.id === "high-end-equipment/5-a")!;
    const b = r.clauses.find((c) => c.id === "high-end-equipment/5-b")!;
    expect(a.amount).toEqual({ min: 0, max: 900_000 });
    expect(b.status).toBe("superseded");
    expect(b.supersededBy).toBe("high-end-equipment/5-a");
  });
});
