import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { product, revenue, sw, type FirstVersionInput } from "./fixtures";

/** Revenue 150,000,000 two years ago → 200,000,000 now: (200/150)^½ − 1 ≈ 15.5% a year. */
const growing = (...products: FirstVersionInput[]) =>
  sw(
    { firstVersionProducts: products },
    { finance: revenue(200_000_000, 170_000_000, 150_000_000) },
  );

describe("software/4-a first-version software products", () => {
  it.each([
    ["provincial", 50_000_000, 1_000_000, "2% × 50,000,000"],
    ["national", 50_000_000, 1_100_000, "2.2% × 50,000,000"],
    ["provincial", 100_000_000, 3_000_000, "3% × 100,000,000 (1 亿, inclusive)"],
    ["national", 100_000_000, 3_300_000, "3.3% × 100,000,000"],
    ["provincial", 300_000_000, 15_000_000, "5% × 300,000,000 (3 亿, inclusive)"],
    ["national", 300_000_000, 16_500_000, "5.5% × 300,000,000"],
  ] as const)("%s list, sales %i: %i (%s)", (listLevel, annualSales, max, _arithmetic) => {
    const r = clauseResult("software/4-a", growing(product({ listLevel, annualSales })));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: max, max });
  });

  it("sales exactly 10,000,000 on the provincial list: 2% = 200,000", () => {
    expect(
      clauseResult("software/4-a", growing(product({ annualSales: 10_000_000 }))).amount,
    ).toEqual({ min: 200_000, max: 200_000 });
  });

  it("sales 9,999,999: not eligible", () => {
    expect(clauseResult("software/4-a", growing(product({ annualSales: 9_999_999 }))).status).toBe(
      "ineligible",
    );
  });

  it("national list, sales 400,000,000: 22,000,000 capped at 20,000,000 per product", () => {
    expect(
      clauseResult(
        "software/4-a",
        growing(product({ listLevel: "national", annualSales: 400_000_000 })),
      ).amount,
    ).toEqual({ min: 20_000_000, max: 20_000_000 });
  });

  it("two products are capped each: 20,000,000 + 1,000,000 = 21,000,000", () => {
    const r = clauseResult(
      "software/4-a",
      growing(
        product({ listLevel: "national", annualSales: 400_000_000 }),
        product({ id: "fv-2", name: "数据库 V1.0" }),
      ),
    );
    expect(r.amount).toEqual({ min: 21_000_000, max: 21_000_000 });
  });

  it("3-year average growth exactly 10%: 100,000,000 → 121,000,000 over two years qualifies", () => {
    const r = clauseResult(
      "software/4-a",
      sw(
        { firstVersionProducts: [product()] },
        { finance: revenue(121_000_000, 110_000_000, 100_000_000) },
      ),
    );
    expect(r.status).toBe("eligible");
  });

  it("3-year average growth just under 10% (100,000,000 → 120,999,999): not eligible", () => {
    const r = clauseResult(
      "software/4-a",
      sw(
        { firstVersionProducts: [product()] },
        { finance: revenue(120_999_999, 110_000_000, 100_000_000) },
      ),
    );
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({ required: 10, unit: "percent", comparator: ">=" });
  });

  it("a product on no list: needs the list level", () => {
    const r = clauseResult("software/4-a", growing(product({ listLevel: undefined })));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["software.firstVersionProducts[].listLevel"]);
  });
});

describe("software/4-b district rewards for first-version products", () => {
  it("an enterprise with a listed product is eligible; districts decide the amount", () => {
    const r = clauseResult("software/4-b", sw({ firstVersionProducts: [product()] }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no first-version products: not eligible", () => {
    expect(clauseResult("software/4-b", sw({ firstVersionProducts: [] })).status).toBe(
      "ineligible",
    );
  });

  it("products unanswered: needs information", () => {
    expect(clauseResult("software/4-b", sw()).status).toBe("needs-info");
  });
});
