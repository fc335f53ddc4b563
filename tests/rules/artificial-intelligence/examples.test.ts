import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

const load = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
const byId = (input: unknown) => {
  const result = evaluateProfile(profileSchema.parse(input), "2025-06-30", [
    "artificial-intelligence",
  ]);
  return { result, clause: (id: string) => result.clauses.find((c) => c.id === id)! };
};

describe("example: artificial-intelligence-model-developer (a large-model developer in Yuhang)", () => {
  const input = load("artificial-intelligence-model-developer");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("general model: training cost 120,000,000 capped at 50,000,000; specialised model: 30% × 12,000,000 = 3,600,000", () => {
    const { clause } = byId(input);
    expect(clause("artificial-intelligence/2-a").amount).toEqual({ min: 0, max: 50_000_000 });
    expect(clause("artificial-intelligence/2-b").amount).toEqual({ min: 0, max: 3_600_000 });
  });

  it("first little giant in 2024: exactly 1,000,000; not an SME, so no compute vouchers", () => {
    const { clause } = byId(input);
    expect(clause("artificial-intelligence/6-b").amount).toEqual({
      min: 1_000_000,
      max: 1_000_000,
    });
    expect(clause("artificial-intelligence/1-b").status).toBe("ineligible");
  });

  it("totals 1,000,000 fixed; the selected models' 50,000,000 + 3,600,000 = 53,600,000 to win, stated apart", () => {
    const { result } = byId(input);
    expect(result.totals.byPolicy["artificial-intelligence"]).toMatchObject({
      min: 1_000_000,
      max: 1_000_000,
      fixed: { min: 1_000_000, max: 1_000_000 },
      toWin: { min: 0, max: 53_600_000 },
    });
  });
});

describe("example: artificial-intelligence-manufacturer-sme (an SME manufacturer in Xiaoshan)", () => {
  const input = load("artificial-intelligence-manufacturer-sme");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("demonstration project 12,000,000: 30% = 3,600,000; first single champion: exactly 2,000,000", () => {
    const { clause } = byId(input);
    expect(clause("artificial-intelligence/4-b").amount).toEqual({ min: 0, max: 3_600_000 });
    expect(clause("artificial-intelligence/6-a").amount).toEqual({
      min: 2_000_000,
      max: 2_000_000,
    });
  });

  it("compute vouchers, data-service support, benchmark selection and scenario labs are eligible with no stated amount", () => {
    const { result, clause } = byId(input);
    for (const id of [
      "artificial-intelligence/1-b",
      "artificial-intelligence/3-b",
      "artificial-intelligence/4-a",
      "artificial-intelligence/4-c",
    ]) {
      expect(clause(id)).toMatchObject({ status: "eligible", amount: null });
    }
    // 2,000,000 fixed; 4-b's 30% × 12,000,000 = 3,600,000 is to win (selection), stated apart.
    expect(result.totals.byPolicy["artificial-intelligence"]).toMatchObject({
      min: 2_000_000,
      max: 2_000_000,
      toWin: { min: 0, max: 3_600_000 },
      unspecified: 4,
    });
  });
});
