import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

const load = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
const evaluated = (input: unknown, asOf = "2025-06-30") => {
  const result = evaluateProfile(profileSchema.parse(input), asOf, ["high-end-equipment"]);
  return { result, clause: (id: string) => result.clauses.find((c) => c.id === id)! };
};

describe("example: high-end-equipment-robot-maker (a collaborative-robot maker in Binjiang)", () => {
  const input = load("high-end-equipment-robot-maker");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("loan 1% × 60,000,000 = 600,000; purchases 5% × (36,000,000 − 25,000,000) = 550,000", () => {
    const { clause } = evaluated(input);
    expect(clause("high-end-equipment/1").amount).toEqual({ min: 0, max: 600_000 });
    expect(clause("high-end-equipment/4-a").amount).toEqual({ min: 0, max: 550_000 });
  });

  it("first-of-a-kind robot: award 10% × 15,000,000 = 1,500,000 beats compensation 90% × 1,200,000 = 1,080,000", () => {
    const { clause } = evaluated(input);
    expect(clause("high-end-equipment/5-b").amount).toEqual({ min: 0, max: 1_500_000 });
    expect(clause("high-end-equipment/5-a").status).toBe("superseded");
  });

  it("scenario project 20% × 6,000,000 = 1,200,000 to be selected: totals up to 3,850,000 − 1,200,000 = 2,650,000, plus 1,200,000 to win", () => {
    const { result, clause } = evaluated(input);
    expect(clause("high-end-equipment/6").amount).toEqual({ min: 0, max: 1_200_000 });
    expect(clause("high-end-equipment/6").requiresReview).toBe(true);
    expect(clause("high-end-equipment/6").certainty).toBe("to-win");
    expect(result.totals.byPolicy["high-end-equipment"]).toMatchObject({
      min: 0,
      max: 2_650_000,
      toWin: { min: 0, max: 1_200_000 },
    });
  });

  it("on 2026-11-25 the default is the 2027 round (events of 2026): the policy ended 2025-12-31, its last round was 2026; amounts still shown", () => {
    const { result, clause } = evaluated(input, "2026-11-25");
    expect(result.policies).toEqual([
      { key: "high-end-equipment", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    expect(clause("high-end-equipment/1").status).toBe("expired");
    expect(clause("high-end-equipment/1").amount).toEqual({ min: 0, max: 600_000 });
  });
});

describe("example: high-end-equipment-nev-maker (an NEV maker in Qiantang)", () => {
  const input = load("high-end-equipment-nev-maker");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("capacity reward 5% × 200,000,000 = 10,000,000 (the cap); new model 6.5B first past 5B: 2,000,000", () => {
    const { clause } = evaluated(input);
    expect(clause("high-end-equipment/2-a").amount).toEqual({ min: 0, max: 10_000_000 });
    expect(clause("high-end-equipment/2-b").amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("parts purchases 1% × 1,000,000,000 = 10,000,000 capped at 8,000,000; loan 1% × 300,000,000 = 3,000,000", () => {
    const { clause } = evaluated(input);
    expect(clause("high-end-equipment/2-c").amount).toEqual({ min: 0, max: 8_000_000 });
    expect(clause("high-end-equipment/1").amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("totals 0 to 23,000,000, with the road-test support shown without an amount", () => {
    const { result, clause } = evaluated(input);
    expect(clause("high-end-equipment/3-b").status).toBe("eligible");
    expect(result.totals.byPolicy["high-end-equipment"]).toMatchObject({
      min: 0,
      max: 23_000_000,
      unspecified: 1,
    });
  });
});
