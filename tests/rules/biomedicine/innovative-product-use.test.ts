import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { institution, type InstitutionInput } from "./fixtures";

type Purchase = NonNullable<InstitutionInput["firstSetPurchases"]>[number];
const purchase = (id: string, purchaseAmount: number, recognisedFirstSet = true): Purchase => ({
  id,
  name: `首台套设备 ${id}`,
  recognisedFirstSet,
  purchaseAmount,
});

describe("biomedicine/22-a hospitals buying first-of-a-kind devices", () => {
  it("a 5,000,000 purchase: 20% × 5,000,000 = 1,000,000", () => {
    const r = clauseResult(
      "biomedicine/22-a",
      institution({ firstSetPurchases: [purchase("e1", 5_000_000)] }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("15,000,000 reaches the 3,000,000 yearly cap exactly; two purchases of 10,000,000 (4,000,000) are held to it", () => {
    expect(
      clauseResult(
        "biomedicine/22-a",
        institution({ firstSetPurchases: [purchase("e1", 15_000_000)] }),
      ).amount,
    ).toEqual({ min: 3_000_000, max: 3_000_000 });
    expect(
      clauseResult(
        "biomedicine/22-a",
        institution({
          firstSetPurchases: [purchase("e1", 10_000_000), purchase("e2", 10_000_000)],
        }),
      ).amount,
    ).toEqual({
      min: 3_000_000,
      max: 3_000_000,
    });
  });

  it("a device not recognised as first-of-a-kind is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/22-a",
        institution({ firstSetPurchases: [purchase("e1", 5_000_000, false)] }),
      ).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/22-b drug-share and consumables-share exemption (non-monetary)", () => {
  it("a hospital using recognised innovative products: eligible, no amount", () => {
    const r = clauseResult("biomedicine/22-b", institution({ innovativeProductUse: 1_000_000 }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("none used: not eligible", () => {
    expect(clauseResult("biomedicine/22-b", institution({ innovativeProductUse: 0 })).status).toBe(
      "ineligible",
    );
  });
});

describe("biomedicine/22-c award for using innovative products", () => {
  it("50,000,000 used: up to 3% = 1,500,000", () => {
    const r = clauseResult("biomedicine/22-c", institution({ innovativeProductUse: 50_000_000 }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("100,000,000 reaches the 3,000,000 yearly cap exactly; 200,000,000 is held to it", () => {
    expect(
      clauseResult("biomedicine/22-c", institution({ innovativeProductUse: 100_000_000 })).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
    expect(
      clauseResult("biomedicine/22-c", institution({ innovativeProductUse: 200_000_000 })).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("nothing used: not eligible; unanswered: needs information", () => {
    expect(clauseResult("biomedicine/22-c", institution({ innovativeProductUse: 0 })).status).toBe(
      "ineligible",
    );
    expect(clauseResult("biomedicine/22-c", institution({})).status).toBe("needs-info");
  });
});
