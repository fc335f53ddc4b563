import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

type Product = NonNullable<
  NonNullable<ProfileInput["syntheticBiology"]>["aestheticProducts"]
>[number];

const product = (id: string, over: Partial<Product> = {}): Product => ({
  id,
  name: `重组Ⅲ型人源化胶原蛋白 ${id}`,
  category: "drug",
  certified: true,
  industrialised: true,
  ...over,
});
const products = (list: Product[], extra: Partial<ProfileInput> = {}) => ({
  syntheticBiology: { aestheticProducts: list },
  ...extra,
});

describe("synthetic-biology/7-a medical-aesthetic registration certificates", () => {
  it("a certified, industrialised medical-aesthetic drug: up to 5,000,000", () => {
    const r = clauseResult("synthetic-biology/7-a", products([product("p1")]));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a drug, a class-III and a class-II device: 5,000,000 + 1,000,000 + 500,000 = 6,500,000 (no yearly cap in this sentence)", () => {
    const r = clauseResult(
      "synthetic-biology/7-a",
      products([
        product("p1"),
        product("p2", { category: "device-iii" }),
        product("p3", { category: "device-ii" }),
      ]),
    );
    expect(r.items.map((i) => i.amount?.max)).toEqual([5_000_000, 1_000_000, 500_000]);
    expect(r.amount).toEqual({ min: 0, max: 6_500_000 });
  });

  it("a drug already paid 2,000,000 under 7-a can get the remaining 3,000,000 of its cap", () => {
    const r = clauseResult(
      "synthetic-biology/7-a",
      products([product("p1")], {
        awardsReceived: [
          { id: "a1", clauseId: "synthetic-biology/7-a", itemKey: "p1", amount: 2_000_000 },
        ],
      }),
    );
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a certified product not yet industrialised is not eligible", () => {
    const r = clauseResult(
      "synthetic-biology/7-a",
      products([product("p1", { industrialised: false })]),
    );
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

const selling = (
  id: string,
  certificateYear: number,
  salesCurrent?: number,
  salesPrevious?: number,
  salesTwoYearsAgo?: number,
) => product(id, { certificateYear, salesCurrent, salesPrevious, salesTwoYearsAgo });

describe("synthetic-biology/7-b new sales of certified medical-aesthetic products", () => {
  it("certified 2023, sales 12,000,000 → 45,000,000 in 2024: 33,000,000 new is 3 full steps × 500,000 = 1,500,000", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([selling("p1", 2023, 45_000_000, 12_000_000)]),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("new sales of exactly 10,000,000 make one step: 500,000", () => {
    expect(
      clauseResult("synthetic-biology/7-b", products([selling("p1", 2023, 22_000_000, 12_000_000)]))
        .amount,
    ).toEqual({ min: 0, max: 500_000 });
  });

  it("new sales of 9,999,999 are short of a step: ineligible, with the gap", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([selling("p1", 2023, 21_999_999, 12_000_000)]),
    );
    expectNearMiss(r, { actual: 9_999_999, required: 10_000_000, unit: "yuan", comparator: ">=" });
  });

  it("100,000,000 new sales make 10 steps = 5,000,000, the yearly cap exactly", () => {
    expect(
      clauseResult(
        "synthetic-biology/7-b",
        products([selling("p1", 2023, 110_000_000, 10_000_000)]),
      ).amount,
    ).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two products with 60,000,000 new sales each: 3,000,000 + 3,000,000 held to 5,000,000 per enterprise a year", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([
        selling("p1", 2023, 70_000_000, 10_000_000),
        selling("p2", 2023, 80_000_000, 20_000_000),
      ]),
    );
    expect(r.items.map((i) => i.amount?.max)).toEqual([3_000_000, 3_000_000]);
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("certified in the reporting year, sales before certification count as nothing: 12,000,000 new, 1 step = 500,000", () => {
    expect(
      clauseResult("synthetic-biology/7-b", products([selling("p1", 2024, 12_000_000)])).amount,
    ).toEqual({ min: 0, max: 500_000 });
  });

  it("growth every year: certified 2022, 25,000,000 → 20,000,000 → 50,000,000 fell in 2023, so 2024 is not rewarded", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([selling("p1", 2022, 50_000_000, 20_000_000, 25_000_000)]),
    );
    expect(r.status).toBe("ineligible");
  });

  it("growth every year: certified 2022, 15,000,000 → 20,000,000 → 50,000,000 grew each year: 30,000,000 new = 1,500,000", () => {
    expect(
      clauseResult(
        "synthetic-biology/7-b",
        products([selling("p1", 2022, 50_000_000, 20_000_000, 15_000_000)]),
      ).amount,
    ).toEqual({
      min: 0,
      max: 1_500_000,
    });
  });

  it("certified 2021: 2024 lies outside the three years (2021–2023) and is not rewarded", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([selling("p1", 2021, 50_000_000, 20_000_000, 15_000_000)]),
    );
    expect(r.status).toBe("ineligible");
  });

  it("certified 2022 with the 2022 sales unanswered: the growth of 2023 cannot be checked", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      products([selling("p1", 2022, 50_000_000, 20_000_000)]),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("syntheticBiology.aestheticProducts[].salesTwoYearsAgo");
  });

  it("the three-year window is read from the round: certified 2023, events of 2026 (round 2027) are outside it", () => {
    const r = clauseResult(
      "synthetic-biology/7-b",
      { syntheticBiology: { aestheticProducts: [selling("p1", 2023, 45_000_000, 12_000_000)] } },
      2027,
    );
    expect(r.status).toBe("ineligible");
  });
});
