import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";

type Section = NonNullable<ProfileInput["syntheticBiology"]>;
type Breeding = NonNullable<Section["breedingProducts"]>[number];
type Variety = NonNullable<Section["cropVarieties"]>[number];

const breeding = (n: number, stage: Breeding["stage"], prefix = "b"): Breeding[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    name: `育种产品 ${i + 1}`,
    stage,
  }));
const varieties = (
  n: number,
  approvalLevel: Variety["approvalLevel"],
  usesSynbioTransgenic = true,
  prefix = "v",
): Variety[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    name: `新品种 ${i + 1}`,
    approvalLevel,
    usesSynbioTransgenic,
  }));
const farm = (
  breedingProducts: Breeding[],
  cropVarieties: Variety[],
  awardsReceived: ProfileInput["awardsReceived"] = [],
) => ({
  syntheticBiology: { breedingProducts, cropVarieties },
  awardsReceived,
});

describe("synthetic-biology/9-a bio-breeding products", () => {
  it("a product entering productive trials: up to 200,000", () => {
    const r = clauseResult("synthetic-biology/9-a", farm(breeding(1, "productive-trial"), []));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 200_000 });
  });

  it("a product with a GMO biosafety certificate: up to 500,000", () => {
    expect(
      clauseResult("synthetic-biology/9-a", farm(breeding(1, "biosafety-certificate"), [])).amount,
    ).toEqual({ min: 0, max: 500_000 });
  });

  it("a certificate after 200,000 received for the trial stage: 500,000 − 200,000 = 300,000 (stages not added up)", () => {
    const r = clauseResult(
      "synthetic-biology/9-a",
      farm(
        breeding(1, "biosafety-certificate"),
        [],
        [{ id: "a1", clauseId: "synthetic-biology/9-a", itemKey: "b1", amount: 200_000 }],
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 300_000 });
  });

  it("six certificates reach the 3,000,000 yearly cap exactly; seven are held to it", () => {
    expect(
      clauseResult("synthetic-biology/9-a", farm(breeding(6, "biosafety-certificate"), [])).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
    expect(
      clauseResult("synthetic-biology/9-a", farm(breeding(7, "biosafety-certificate"), [])).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a product whose stage is unanswered needs information", () => {
    const r = clauseResult("synthetic-biology/9-a", farm([{ id: "b1", name: "育种产品" }], []));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["syntheticBiology.breedingProducts[].stage"]);
  });

  it("an applicant that is not an enterprise (a research institute) is not paid under this clause", () => {
    const r = clauseResult("synthetic-biology/9-a", {
      enterprise: { roles: ["university-or-institute"] },
      ...farm(breeding(1, "productive-trial"), []),
    });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

describe("synthetic-biology/9-b new crop varieties", () => {
  it("a nationally approved synthetic-biology transgenic variety: up to 600,000", () => {
    const r = clauseResult("synthetic-biology/9-b", farm([], varieties(1, "national")));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 600_000 });
  });

  it("a provincially approved variety: up to 300,000", () => {
    expect(
      clauseResult("synthetic-biology/9-b", farm([], varieties(1, "provincial"))).amount,
    ).toEqual({ min: 0, max: 300_000 });
  });

  it("five national approvals reach the 3,000,000 cap exactly; six are held to it", () => {
    expect(
      clauseResult("synthetic-biology/9-b", farm([], varieties(5, "national"))).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
    expect(
      clauseResult("synthetic-biology/9-b", farm([], varieties(6, "national"))).amount,
    ).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a provincially approved variety without synthetic-biology transgenic technology is not eligible (conservative reading)", () => {
    const r = clauseResult("synthetic-biology/9-b", farm([], varieties(1, "provincial", false)));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});

describe("article 9 cap shared by 9-a and 9-b: 3,000,000 per enterprise a year", () => {
  it("four certificates (2,000,000) and three national varieties (1,800,000): 3,800,000 is held to 3,000,000 — 9-a 2,000,000, 9-b 1,000,000", () => {
    const result = evaluateProfile(
      farm(breeding(4, "biosafety-certificate"), varieties(3, "national")),
      "2025-06-30",
      ["synthetic-biology"],
    );
    const a = result.clauses.find((c) => c.id === "synthetic-biology/9-a")!;
    const b = result.clauses.find((c) => c.id === "synthetic-biology/9-b")!;
    expect(a.amount).toEqual({ min: 0, max: 2_000_000 });
    expect(b.amount).toEqual({ min: 0, max: 1_000_000 });
    expect(result.totals.byPolicy["synthetic-biology"]?.max).toBe(3_000_000);
  });

  it("two trials (400,000) and two national varieties (1,200,000) stay under the cap and keep 1,600,000", () => {
    const result = evaluateProfile(
      farm(breeding(2, "productive-trial"), varieties(2, "national")),
      "2025-06-30",
      ["synthetic-biology"],
    );
    expect(result.clauses.find((c) => c.id === "synthetic-biology/9-a")!.amount).toEqual({
      min: 0,
      max: 400_000,
    });
    expect(result.clauses.find((c) => c.id === "synthetic-biology/9-b")!.amount).toEqual({
      min: 0,
      max: 1_200_000,
    });
    expect(result.totals.byPolicy["synthetic-biology"]?.max).toBe(1_600_000);
  });
});
