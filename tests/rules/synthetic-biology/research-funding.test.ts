import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";

type SciTech = NonNullable<ProfileInput["sciTechProjects"]>[number];

const project = (over: Partial<SciTech> = {}): SciTech => ({
  id: "st1",
  name: "国家重点研发计划“合成生物学”专项课题",
  level: "national",
  industries: ["synthetic-biology"],
  keySpecialProgramme: true,
  fundingReceived: 8_000_000,
  ...over,
});

describe("synthetic-biology/1 matching of national and provincial key special programmes", () => {
  it("a national synthetic-biology topic with 8,000,000 received: 25% × 8,000,000 = 2,000,000", () => {
    const r = clauseResult("synthetic-biology/1", { sciTechProjects: [project()] });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(false);
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("20,000,000 received reaches the 5,000,000 cap exactly (25% × 20,000,000)", () => {
    const r = clauseResult("synthetic-biology/1", {
      sciTechProjects: [project({ fundingReceived: 20_000_000 })],
    });
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("24,000,000 received: 6,000,000 is capped at 5,000,000", () => {
    const r = clauseResult("synthetic-biology/1", {
      sciTechProjects: [project({ fundingReceived: 24_000_000 })],
    });
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("two provincial projects, 12,000,000 and 16,000,000: 3,000,000 + 4,000,000 = 7,000,000 held to 5,000,000 a year (cap scope, readings rule 8)", () => {
    const r = clauseResult("synthetic-biology/1", {
      sciTechProjects: [
        project({ level: "provincial", fundingReceived: 12_000_000 }),
        project({ id: "st2", level: "provincial", fundingReceived: 16_000_000 }),
      ],
    });
    expect(r.items.map((i) => i.amount?.max)).toEqual([3_000_000, 4_000_000]);
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a project outside the key special programmes is not eligible", () => {
    const r = clauseResult("synthetic-biology/1", {
      sciTechProjects: [project({ keySpecialProgramme: false })],
    });
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("a project in another field (new materials only) is not a synthetic-biology project", () => {
    expect(
      clauseResult("synthetic-biology/1", {
        sciTechProjects: [project({ industries: ["new-materials"] })],
      }).status,
    ).toBe("ineligible");
  });

  it("without the funding received the clause asks for it", () => {
    const r = clauseResult("synthetic-biology/1", {
      sciTechProjects: [project({ fundingReceived: undefined })],
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("sciTechProjects[].fundingReceived");
  });
});

const rd = (
  rdExpense: number | undefined,
  recognisedEnterprise = true,
): Parameters<typeof clauseResult>[1] => ({
  syntheticBiology: { recognisedEnterprise },
  finance: { current: { rdExpense } },
});

describe("synthetic-biology/2 R&D funding for recognised synthetic-biology enterprises", () => {
  it("R&D 30,000,000: 10% × 30,000,000 = 3,000,000, after review", () => {
    const r = clauseResult("synthetic-biology/2", rd(30_000_000));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("R&D of exactly 10,000,000 is not above (超过 is exclusive): ineligible, with the gap shown", () => {
    const r = clauseResult("synthetic-biology/2", rd(10_000_000));
    expectNearMiss(r, { actual: 10_000_000, required: 10_000_000, unit: "yuan", comparator: ">" });
  });

  it("R&D of 10,000,001 is above: 10% × 10,000,001 = 1,000,000.1, rounded to 1,000,000 (the whole R&D counts)", () => {
    const r = clauseResult("synthetic-biology/2", rd(10_000_001));
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("R&D 50,000,000 reaches the 5,000,000 yearly cap exactly; 80,000,000 is held to it", () => {
    expect(clauseResult("synthetic-biology/2", rd(50_000_000)).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
    expect(clauseResult("synthetic-biology/2", rd(80_000_000)).amount).toEqual({
      min: 0,
      max: 5_000_000,
    });
  });

  it("an enterprise not recognised as a synthetic-biology enterprise is not eligible", () => {
    const r = clauseResult("synthetic-biology/2", rd(30_000_000, false));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });
});
