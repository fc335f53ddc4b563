import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

type Material = NonNullable<NonNullable<ProfileInput["syntheticBiology"]>["bioMaterials"]>[number];

const material = (id: string, over: Partial<Material> = {}): Material => ({
  id,
  name: `产品 ${id}`,
  kind: "bio-api",
  ...over,
});
const materials = (list: Material[], awardsReceived: ProfileInput["awardsReceived"] = []) => ({
  syntheticBiology: { bioMaterials: list },
  awardsReceived,
});
const many = (n: number, over: Partial<Material>) =>
  Array.from({ length: n }, (_, i) => material(`m${i + 1}`, over));

describe("synthetic-biology/6-a CDE registration activated", () => {
  it("a biological API whose CDE status turned from I to A: up to 100,000", () => {
    const r = clauseResult(
      "synthetic-biology/6-a",
      materials([material("m1", { cdeActivated: true })]),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
  });

  it("an API and an excipient: 2 × 100,000 = 200,000", () => {
    const r = clauseResult(
      "synthetic-biology/6-a",
      materials([
        material("m1", { cdeActivated: true }),
        material("m2", { kind: "pharma-excipient", cdeActivated: true }),
      ]),
    );
    expect(r.amount).toEqual({ min: 0, max: 200_000 });
  });

  it("a product already paid the full 100,000 under 6-a gets nothing more (once per product)", () => {
    const r = clauseResult(
      "synthetic-biology/6-a",
      materials(
        [material("m1", { cdeActivated: true })],
        [{ id: "a1", clauseId: "synthetic-biology/6-a", itemKey: "m1", amount: 100_000 }],
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 0 });
  });

  it("a bio-based material is not covered by the CDE sentence", () => {
    const r = clauseResult(
      "synthetic-biology/6-a",
      materials([material("m1", { kind: "bio-based-material", cdeActivated: true })]),
    );
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

describe("synthetic-biology/6-b US FDA certification", () => {
  it("three FDA-certified products: 3 × 300,000 = 900,000", () => {
    const r = clauseResult(
      "synthetic-biology/6-b",
      materials(many(3, { kind: "bio-based-material", fdaCertified: true })),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 900_000 });
  });

  it("six products make 1,800,000, under the cap; seven make 2,100,000, held to the 2,000,000 yearly cap", () => {
    expect(
      clauseResult("synthetic-biology/6-b", materials(many(6, { fdaCertified: true }))).amount,
    ).toEqual({ min: 0, max: 1_800_000 });
    expect(
      clauseResult("synthetic-biology/6-b", materials(many(7, { fdaCertified: true }))).amount,
    ).toEqual({ min: 0, max: 2_000_000 });
  });

  it("the 2,000,000 cap belongs to the FDA sentence: ten CDE activations (1,000,000) beside seven FDA products stay whole", () => {
    const list = [
      ...many(7, { fdaCertified: true }),
      ...Array.from({ length: 10 }, (_, i) => material(`c${i + 1}`, { cdeActivated: true })),
    ];
    expect(clauseResult("synthetic-biology/6-a", materials(list)).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
    expect(clauseResult("synthetic-biology/6-b", materials(list)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });

  it("an excipient is not covered by the FDA sentence", () => {
    const r = clauseResult(
      "synthetic-biology/6-b",
      materials([material("m1", { kind: "pharma-excipient", fdaCertified: true })]),
    );
    expect(r.status).toBe("ineligible");
  });
});

const producer = (
  revenue: number | undefined,
  peakRevenueBefore: number | undefined,
  received = 0,
  producesBioMaterials = true,
) => ({
  finance: { current: { revenue } },
  syntheticBiology: { producesBioMaterials, peakRevenueBefore },
  awardsReceived: received
    ? [{ id: "r1", clauseId: "synthetic-biology/6-c", amount: received }]
    : [],
});

describe("synthetic-biology/6-c revenue first exceeding 100M / 200M / 500M", () => {
  it("revenue 150,000,000 after a best earlier year of 80,000,000: first above 100M, up to 100,000", () => {
    const r = clauseResult("synthetic-biology/6-c", producer(150_000_000, 80_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
  });

  it("revenue of exactly 100,000,000 is not above it (超过 is exclusive)", () => {
    const r = clauseResult("synthetic-biology/6-c", producer(100_000_000, 80_000_000));
    expectNearMiss(r, {
      actual: 100_000_000,
      required: 100_000_000,
      unit: "yuan",
      comparator: ">",
    });
  });

  it("revenue of 100,000,001 is above: 100,000", () => {
    expect(clauseResult("synthetic-biology/6-c", producer(100_000_001, 80_000_000)).amount).toEqual(
      { min: 0, max: 100_000 },
    );
  });

  it("moving up to above 200M after receiving 100,000: 200,000 − 100,000 = 100,000 (进档的奖励差额)", () => {
    expect(
      clauseResult("synthetic-biology/6-c", producer(250_000_000, 150_000_000, 100_000)).amount,
    ).toEqual({ min: 0, max: 100_000 });
  });

  it("readings rule 7's example: 250,000,000 after 150,000,000, nothing recorded as received: the 100M tier was reached (claimed or not), so 200,000 − 100,000 = up to 100,000", () => {
    const r = clauseResult("synthetic-biology/6-c", producer(250_000_000, 150_000_000));
    expect(r.amount).toEqual({ min: 0, max: 100_000 });
    expect(r.items[0]?.steps.at(-1) ?? r.steps.at(-1)).toMatchObject({
      op: "minus",
      value: 100_000,
      result: 100_000,
    });
  });

  it("skipping to above 500M after 150,000,000 before, nothing received: 500,000 − 100,000 (the 100M tier) = 400,000", () => {
    expect(
      clauseResult("synthetic-biology/6-c", producer(600_000_000, 150_000_000)).amount,
    ).toEqual({ min: 0, max: 400_000 });
  });

  it("skipping to above 500M after receiving 100,000: 500,000 − 100,000 = 400,000", () => {
    expect(
      clauseResult("synthetic-biology/6-c", producer(600_000_000, 150_000_000, 100_000)).amount,
    ).toEqual({ min: 0, max: 400_000 });
  });

  it("exactly 200,000,000 after an earlier 150,000,000: no tier is exceeded for the first time", () => {
    const r = clauseResult("synthetic-biology/6-c", producer(200_000_000, 150_000_000, 100_000));
    expect(r.status).toBe("ineligible");
  });

  it("revenue 150,000,000 after an earlier 180,000,000 is not a first time", () => {
    expect(clauseResult("synthetic-biology/6-c", producer(150_000_000, 180_000_000)).status).toBe(
      "ineligible",
    );
  });

  it("an enterprise that does not produce these materials is not eligible", () => {
    expect(
      clauseResult("synthetic-biology/6-c", producer(150_000_000, 80_000_000, 0, false)).status,
    ).toBe("ineligible");
  });

  it("without earlier revenue the clause asks for it", () => {
    const r = clauseResult("synthetic-biology/6-c", producer(150_000_000, undefined));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("syntheticBiology.peakRevenueBefore");
  });
});
