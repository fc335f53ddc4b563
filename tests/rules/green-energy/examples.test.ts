import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

const load = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
const evaluated = (input: unknown, asOf = "2025-06-30") => {
  const result = evaluateProfile(profileSchema.parse(input), asOf, ["green-energy"]);
  return { result, clause: (id: string) => result.clauses.find((c) => c.id === id)! };
};

describe("example: green-energy-hydrogen-operator (a fuel-cell maker and station operator in Xiaoshan)", () => {
  const input = load("green-energy-hydrogen-operator");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("refuelling 20 × 120,000 kg (2024) + 15 × 150,000 kg (2025) = 2,400,000 + 2,250,000 = 4,650,000", () => {
    expect(evaluated(input).clause("green-energy/4.1-c").amount).toEqual({
      min: 0,
      max: 4_650_000,
    });
  });

  it("20 logistics vehicles: 200,000 × 20 = 4,000,000 to 400,000 × 20 = 8,000,000", () => {
    expect(evaluated(input).clause("green-energy/4.1-a").amount).toEqual({
      min: 4_000_000,
      max: 8_000_000,
    });
  });

  it("fuel-cell sales 80,000,000 on 52,000,000: 2 full steps × 500,000 = 1,000,000; totals 4,000,000 to 13,650,000", () => {
    const { result, clause } = evaluated(input);
    expect(clause("green-energy/3.2").amount).toEqual({ min: 0, max: 1_000_000 });
    expect(result.totals.byPolicy["green-energy"]).toMatchObject({
      min: 4_000_000,
      max: 13_650_000,
    });
  });
});

describe("example: green-energy-storage-factory (a sodium-ion battery maker in Linping)", () => {
  const input = load("green-energy-storage-factory");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("sodium-ion sales up 60,000,000: 6 × 500,000 = 3,000,000; loan 1% × 200,000,000 = 2,000,000", () => {
    const { clause } = evaluated(input);
    expect(clause("green-energy/3.2").amount).toEqual({ min: 0, max: 3_000_000 });
    expect(clause("green-energy/3.4-b").amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("rooftop PV 0.2 × 3,500,000 W = 700,000; provincial factory after city: up to 500,000 − 200,000 = 300,000 (均为最高标准)", () => {
    const { clause } = evaluated(input);
    expect(clause("green-energy/4.2").amount).toEqual({ min: 0, max: 700_000 });
    expect(clause("green-energy/4.3-b").amount).toEqual({ min: 0, max: 300_000 });
  });

  it("totals 0 to 6,000,000 (every standard a maximum); the little-giant honour and the national standard are shown without amounts", () => {
    const { result, clause } = evaluated(input);
    expect(clause("green-energy/3.3-a").status).toBe("eligible");
    expect(clause("green-energy/3.3-b").status).toBe("eligible");
    expect(result.totals.byPolicy["green-energy"]).toMatchObject({
      min: 0,
      max: 6_000_000,
      unspecified: 3,
    });
  });

  it("on 2026-11-25 the default is the 2027 round (events of 2026): the policy ended 2025-12-31, its last round was 2026; amounts still shown", () => {
    const { result, clause } = evaluated(input, "2026-11-25");
    expect(result.policies).toEqual([
      { key: "green-energy", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    expect(clause("green-energy/4.2").status).toBe("expired");
    expect(clause("green-energy/4.2").amount).toEqual({ min: 0, max: 700_000 });
  });
});
