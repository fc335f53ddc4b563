import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";

function run(file: string) {
  const profile = profileSchema.parse(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
  const result = evaluate(registry, profile, roundOn("2025-06-30"), { policies: ["biomedicine"] });
  const clause = (id: string) => result.clauses.find((c) => c.id === id)!;
  return { result, clause };
}

describe("example: 杭州澄源生物医药有限公司 (innovative and generic drugs)", () => {
  const { clause } = run("biomedicine-innovative-drug-maker.json");

  it("class-1 drug in phase II, R&D 45,000,000: 40% = 18,000,000 under the 20,000,000 cap, after review", () => {
    expect(clause("biomedicine/3").amount).toEqual({ min: 0, max: 18_000_000 });
    expect(clause("biomedicine/3").requiresReview).toBe(true);
  });

  it("class-2 drug in phase III, R&D 80,000,000: 30% = 24,000,000 held to 20,000,000", () => {
    expect(clause("biomedicine/4-a").amount).toEqual({ min: 0, max: 20_000_000 });
  });

  it("industrialisation project with 68,000,000 eligible investment: 30% = 20,400,000", () => {
    expect(clause("biomedicine/12-a").amount).toEqual({ min: 20_400_000, max: 20_400_000 });
  });

  it("national procurement win of 42,000,000: 3% = 1,260,000", () => {
    expect(clause("biomedicine/14").amount).toEqual({ min: 1_260_000, max: 1_260_000 });
  });

  it("the class-4 generic: certificate award up to 1,000,000; new sales 23,000,000 make 2 steps = 1,000,000", () => {
    expect(clause("biomedicine/15-a").amount).toEqual({ min: 0, max: 1_000_000 });
    expect(clause("biomedicine/15-b").amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("clauses for hospitals, districts and fund managers are not counted for this enterprise", () => {
    expect(clause("biomedicine/11-a").forApplicant).toBe(false);
    expect(clause("biomedicine/13").forApplicant).toBe(false);
  });
});

describe("example: 杭州启明医疗器械有限公司 (innovative devices, contract manufacturing)", () => {
  const { clause } = run("biomedicine-device-maker.json");

  it("the heart valve in the special review: 40% × 12,000,000 = 4,800,000 under 5-a; 5-b pays only the class-II scope, 20% × 8,000,000 = 1,600,000", () => {
    expect(clause("biomedicine/5-a").amount).toEqual({ min: 0, max: 4_800_000 });
    expect(clause("biomedicine/5-b").amount).toEqual({ min: 0, max: 1_600_000 });
    expect(clause("biomedicine/5-b").items.find((i) => i.key === "m1")?.status).toBe("superseded");
  });

  it("class-III certificate 500,000; new sales 22,000,000 make 2 steps = 1,000,000 (the class-II device does not count)", () => {
    expect(clause("biomedicine/15-a").amount).toEqual({ min: 0, max: 500_000 });
    expect(clause("biomedicine/15-b").amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("CE access and sales abroad: up to 500,000", () => {
    expect(clause("biomedicine/17-b").amount).toEqual({ min: 0, max: 500_000 });
  });

  it("contract manufacturing 120,000,000 after 70,000,000: 5% × 50,000,000 = 2,500,000", () => {
    expect(clause("biomedicine/16-b").amount).toEqual({ min: 2_500_000, max: 2_500_000 });
  });

  it("rent reduction in a city-level park: eligible, amount not stated", () => {
    expect(clause("biomedicine/18-c").status).toBe("eligible");
    expect(clause("biomedicine/18-c").amount).toBeNull();
  });
});
