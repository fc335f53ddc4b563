import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { evaluateProfile } from "@/tests/helpers/profile";

const load = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
/** Each example is evaluated in the round that claims its figures' year (2024 → 2025, 2025 → 2026). */
const byId = (input: { finance?: Record<string, unknown> }) => {
  const last = Math.max(...Object.keys(input.finance ?? { 2024: 0 }).map(Number));
  const result = evaluateProfile(profileSchema.parse(input), last + 1, ["visual-intelligence"]);
  return { result, clause: (id: string) => result.clauses.find((c) => c.id === id)! };
};

describe("example: visual-intelligence-chain-leader (a chain leader in Binjiang)", () => {
  const input = load("visual-intelligence-chain-leader");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("national project with a prescribed 50%: 50% × 8,000,000 = 4,000,000; provincial project without: 25% × 6,000,000 = 1,500,000", () => {
    const { clause } = byId(input);
    expect(clause("visual-intelligence/7-a").amount).toEqual({ min: 0, max: 4_000_000 });
    expect(clause("visual-intelligence/7-b").amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("orders, headquarters rating, key-technology R&D and first-of-a-kind terminals are eligible with no stated amount", () => {
    const { clause } = byId(input);
    for (const id of [
      "visual-intelligence/1",
      "visual-intelligence/2",
      "visual-intelligence/8",
      "visual-intelligence/12",
    ]) {
      expect(clause(id)).toMatchObject({ status: "eligible", amount: null });
    }
    expect(clause("visual-intelligence/5").status).toBe("eligible");
  });

  it("totals up to 5,500,000 for the policy", () => {
    const { result } = byId(input);
    expect(result.totals.byPolicy["visual-intelligence"]).toMatchObject({ min: 0, max: 5_500_000 });
  });
});

describe("example: visual-intelligence-software-sme (a vision-software SME in Yuhang)", () => {
  const input = load("visual-intelligence-software-sme");

  it("is a valid profile", () => {
    expect(profileSchema.safeParse(input).success).toBe(true);
  });

  it("provincial “尖兵” project 2,000,000 received: 25% = 500,000", () => {
    const { clause } = byId(input);
    expect(clause("visual-intelligence/7-b").amount).toEqual({ min: 0, max: 500_000 });
    expect(clause("visual-intelligence/7-a").status).toBe("ineligible");
  });

  it("revenue grew from 80,000,000 to 110,000,000: the scale-up reward is eligible, amount not stated; not a chain leader", () => {
    const { clause } = byId(input);
    expect(clause("visual-intelligence/3")).toMatchObject({ status: "eligible", amount: null });
    expect(clause("visual-intelligence/1").status).toBe("ineligible");
  });
});
