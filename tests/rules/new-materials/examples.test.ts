import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

const load = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
const evaluated = (input: unknown, asOf = "2025-06-30") => {
  const result = evaluateProfile(profileSchema.parse(input), asOf, ["new-materials"]);
  return { result, clause: (id: string) => result.clauses.find((c) => c.id === id)! };
};

describe("example: new-materials-semiconductor-materials (an SiC epitaxy maker in Xiaoshan)", () => {
  const input = load("new-materials-semiconductor-materials");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("loan 1% × 100,000,000 = 1,000,000; national project 25% × 12,000,000 = 3,000,000", () => {
    const { clause } = evaluated(input);
    expect(clause("new-materials/1").amount).toEqual({ min: 0, max: 1_000_000 });
    expect(clause("new-materials/2-a").amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("first-batch insurance in year 2: 80% × 800,000 = 640,000; the wafer is listed in the quality-products catalogue", () => {
    const { clause } = evaluated(input);
    expect(clause("new-materials/3-a").amount).toEqual({ min: 0, max: 640_000 });
    expect(clause("new-materials/3-c").status).toBe("eligible");
  });

  it("totals 0 to 4,640,000", () => {
    expect(evaluated(input).result.totals.byPolicy["new-materials"]).toMatchObject({
      min: 0,
      max: 4_640_000,
    });
  });
});

describe("example: new-materials-membrane-first-batch (a functional-membrane maker in Yuhang)", () => {
  const input = load("new-materials-membrane-first-batch");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("POE film award 10% × 12,000,000 = 1,200,000; separation membrane insurance 90% × 300,000 = 270,000", () => {
    const { clause } = evaluated(input);
    expect(clause("new-materials/3-b").amount).toEqual({ min: 0, max: 1_200_000 });
    expect(clause("new-materials/3-a").amount).toEqual({ min: 0, max: 270_000 });
  });

  it("open-competition project up to 10,000,000 after review: totals up to 11,470,000 − 10,000,000 = 1,470,000, plus 10,000,000 to win", () => {
    const { result, clause } = evaluated(input);
    expect(clause("new-materials/2-c").requiresReview).toBe(true);
    expect(result.totals.byPolicy["new-materials"]).toMatchObject({
      min: 0,
      max: 1_470_000,
      toWin: { min: 0, max: 10_000_000 },
    });
  });

  it("on 2026-11-25 the default is the 2027 round (events of 2026): the policy ended 2025-12-31, its last round was 2026; amounts still shown", () => {
    const { result, clause } = evaluated(input, "2026-11-25");
    expect(result.policies).toEqual([
      { key: "new-materials", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    expect(clause("new-materials/3-b").status).toBe("expired");
    expect(clause("new-materials/3-b").amount).toEqual({ min: 0, max: 1_200_000 });
  });
});
