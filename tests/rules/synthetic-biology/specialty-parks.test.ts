import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

type Park = NonNullable<NonNullable<ProfileInput["syntheticBiology"]>["parks"]>[number];
type Role = NonNullable<NonNullable<ProfileInput["enterprise"]>["roles"]>[number];

const park = (over: Partial<Park> = {}): Park => ({
  id: "k1",
  name: "钱塘合成生物产业园",
  recognisedCityPark: true,
  standardPlantArea: 30_000,
  plantInvestment: 150_000_000,
  ...over,
});
const as = (role: Role, p: Park) => ({
  enterprise: { roles: [role] },
  syntheticBiology: { parks: [p] },
});

describe("synthetic-biology/10-a city grant to the park's district", () => {
  it("30,000 m² of standard plant, 150,000,000 invested: 20% × 150,000,000 = 30,000,000 to the district", () => {
    const r = clauseResult("synthetic-biology/10-a", as("district-government", park()));
    expect(r.status).toBe("eligible");
    expect(r.beneficiary).toBe("district-government");
    expect(r.amount).toEqual({ min: 0, max: 30_000_000 });
  });

  it("exactly 20,000 m² meets “2 万平方米以上” (inclusive)", () => {
    expect(
      clauseResult(
        "synthetic-biology/10-a",
        as("district-government", park({ standardPlantArea: 20_000 })),
      ).amount,
    ).toEqual({ min: 0, max: 30_000_000 });
  });

  it("19,999 m² falls short: ineligible, with the gap in m²", () => {
    const r = clauseResult(
      "synthetic-biology/10-a",
      as("district-government", park({ standardPlantArea: 19_999 })),
    );
    expectNearMiss(r, { actual: 19_999, required: 20_000, unit: "area-m2", comparator: ">=" });
  });

  it("no cap is stated: 1,000,000,000 invested gives 200,000,000", () => {
    expect(
      clauseResult(
        "synthetic-biology/10-a",
        as("district-government", park({ plantInvestment: 1_000_000_000 })),
      ).amount,
    ).toEqual({
      min: 0,
      max: 200_000_000,
    });
  });

  it("an enterprise is not the beneficiary of the district grant", () => {
    const r = clauseResult("synthetic-biology/10-a", as("enterprise", park()));
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("synthetic-biology/10-b the district's reward to the park investor (amount not stated)", () => {
  it("the investor of 30,000 m² in a recognised park is eligible; the amount is not stated", () => {
    const r = clauseResult("synthetic-biology/10-b", as("park-investor", park()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("19,999 m² is not enough", () => {
    expect(
      clauseResult(
        "synthetic-biology/10-b",
        as("park-investor", park({ standardPlantArea: 19_999 })),
      ).status,
    ).toBe("ineligible");
  });

  it("a park not recognised at city level is not eligible", () => {
    expect(
      clauseResult(
        "synthetic-biology/10-b",
        as("park-investor", park({ recognisedCityPark: false })),
      ).status,
    ).toBe("ineligible");
  });
});
