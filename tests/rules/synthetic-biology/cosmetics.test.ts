import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";

type Section = NonNullable<ProfileInput["syntheticBiology"]>;
type Ingredient = NonNullable<Section["cosmeticIngredients"]>[number];
type Special = NonNullable<Section["specialCosmetics"]>[number];

const ingredients = (n: number, over: Partial<Ingredient> = {}): Ingredient[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `i${i + 1}`,
    name: `新原料 ${i + 1}`,
    registeredOrFiled: true,
    inInventory: true,
    ...over,
  }));
const specials = (n: number, over: Partial<Special> = {}): Special[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `s${i + 1}`,
    name: `特殊化妆品 ${i + 1}`,
    registrationCertificate: true,
    hairDyeOrPerm: false,
    ...over,
  }));
const cosmetics = (
  cosmeticIngredients: Ingredient[],
  specialCosmetics: Special[],
  cosmeticsEnterprise = true,
) => ({
  syntheticBiology: { cosmeticsEnterprise, cosmeticIngredients, specialCosmetics },
});

describe("synthetic-biology/8-a new cosmetic raw materials", () => {
  it("one ingredient registered and added to the 2021 inventory: up to 300,000", () => {
    const r = clauseResult("synthetic-biology/8-a", cosmetics(ingredients(1), []));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 300_000 });
  });

  it("three ingredients make 900,000; four make 1,200,000, held to the 1,000,000 yearly cap exactly", () => {
    expect(clauseResult("synthetic-biology/8-a", cosmetics(ingredients(3), [])).amount).toEqual({
      min: 0,
      max: 900_000,
    });
    expect(clauseResult("synthetic-biology/8-a", cosmetics(ingredients(4), [])).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
  });

  it("an ingredient not yet in the inventory is not eligible", () => {
    const r = clauseResult(
      "synthetic-biology/8-a",
      cosmetics(ingredients(1, { inInventory: false }), []),
    );
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

describe("synthetic-biology/8-b special-cosmetic registration certificates", () => {
  it("one special-cosmetic certificate: up to 100,000", () => {
    const r = clauseResult("synthetic-biology/8-b", cosmetics([], specials(1)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
  });

  it("ten certificates reach the 1,000,000 cap exactly; eleven are held to it", () => {
    expect(clauseResult("synthetic-biology/8-b", cosmetics([], specials(10))).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
    expect(clauseResult("synthetic-biology/8-b", cosmetics([], specials(11))).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
  });

  it("a hair dye is excluded", () => {
    expect(
      clauseResult("synthetic-biology/8-b", cosmetics([], specials(1, { hairDyeOrPerm: true })))
        .status,
    ).toBe("ineligible");
  });

  it("an enterprise not in cosmetics R&D and production is not eligible", () => {
    expect(clauseResult("synthetic-biology/8-b", cosmetics([], specials(1), false)).status).toBe(
      "ineligible",
    );
  });
});

describe("article 8 cap shared by 8-a and 8-b: 1,000,000 per enterprise a year", () => {
  it("three ingredients (900,000) and two certificates (200,000): 1,100,000 is held to 1,000,000 — 8-a 900,000, 8-b the remaining 100,000", () => {
    const result = evaluateProfile(cosmetics(ingredients(3), specials(2)), "2025-06-30", [
      "synthetic-biology",
    ]);
    const a = result.clauses.find((c) => c.id === "synthetic-biology/8-a")!;
    const b = result.clauses.find((c) => c.id === "synthetic-biology/8-b")!;
    expect(a.amount).toEqual({ min: 0, max: 900_000 });
    expect(b.amount).toEqual({ min: 0, max: 100_000 });
    expect(result.totals.byPolicy["synthetic-biology"]?.max).toBe(1_000_000);
  });

  it("four ingredients use the whole cap: the certificates get nothing more", () => {
    const result = evaluateProfile(cosmetics(ingredients(4), specials(2)), "2025-06-30", [
      "synthetic-biology",
    ]);
    expect(result.clauses.find((c) => c.id === "synthetic-biology/8-a")!.amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
    expect(result.clauses.find((c) => c.id === "synthetic-biology/8-b")!.amount).toEqual({
      min: 0,
      max: 0,
    });
    expect(result.totals.byPolicy["synthetic-biology"]?.max).toBe(1_000_000);
  });

  it("two ingredients (600,000) and four certificates (400,000) meet the cap exactly and keep their amounts", () => {
    const result = evaluateProfile(cosmetics(ingredients(2), specials(4)), "2025-06-30", [
      "synthetic-biology",
    ]);
    expect(result.clauses.find((c) => c.id === "synthetic-biology/8-a")!.amount).toEqual({
      min: 0,
      max: 600_000,
    });
    expect(result.clauses.find((c) => c.id === "synthetic-biology/8-b")!.amount).toEqual({
      min: 0,
      max: 400_000,
    });
  });
});
