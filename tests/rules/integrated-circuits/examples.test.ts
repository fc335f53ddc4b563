import { roundOn } from "@/lib/rounds";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";

function run(file: string) {
  const profile = profileSchema.parse(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
  const result = evaluate(registry, profile, roundOn("2025-06-30"));
  const get = (id: string) => result.clauses.find((c) => c.id === id)!;
  return { result, get };
}

describe("example: 杭州芯驰微电子有限公司 (chip design, 滨江区)", () => {
  const { result, get } = run("integrated-circuits-chip-designer.json");

  it("is evaluated against the integrated-circuits policy only (its chosen industry)", () => {
    // 2025 round (events of 2024); the policy ends 2026-12-31, so its last round is 2027.
    expect(result.policies).toEqual([
      { key: "integrated-circuits", status: "in-force", roundStatus: "open", lastRound: 2027 },
    ]);
  });

  it("first tape-out 45,000,000: 15% = 6,750,000, within the ceiling 30% × 180,000,000 − 10,000,000 = 44,000,000", () => {
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 6_750_000 });
  });

  it("its EDA tool's R&D of 9,000,000 is 1,000,000 short of the threshold", () => {
    const r = get("integrated-circuits/4-c");
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({ actual: 9_000_000, required: 10_000_000 });
  });

  it("gets production capacity (6), schooling priority (10-b) and the partner credit enhancement (2), without money", () => {
    for (const id of [
      "integrated-circuits/6",
      "integrated-circuits/10-b",
      "integrated-circuits/2",
    ]) {
      expect(get(id).status, id).toBe("eligible");
      expect(get(id).amount, id).toBeNull();
    }
  });

  it("platform clauses are not for an enterprise applicant", () => {
    expect(get("integrated-circuits/13-a").forApplicant).toBe(false);
  });
});

describe("example: 杭州钱塘镓芯半导体有限公司 (GaN materials and RF chips, 钱塘区)", () => {
  const { get } = run("integrated-circuits-compound-semiconductor.json");

  it("tape-out 4,500,000 + materials R&D 12,000,000 = 16,500,000 on one project, cut by the ceiling 30% × 150,000,000 − 36,000,000 = 9,000,000 to 4,500,000 + 4,500,000", () => {
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 4_500_000 });
    expect(get("integrated-circuits/4-b").amount).toEqual({ min: 0, max: 4_500_000 });
  });

  it("as a chain leader with a city major production-line project it gets the non-monetary support of 1-a, 1-b, 1-c, 7 and 12-b", () => {
    for (const id of [
      "integrated-circuits/1-a",
      "integrated-circuits/1-b",
      "integrated-circuits/1-c",
      "integrated-circuits/7",
      "integrated-circuits/12-b",
    ]) {
      expect(get(id).status, id).toBe("eligible");
    }
  });

  it("direct fund investment (11) is possible only after the city's decision", () => {
    expect(get("integrated-circuits/11").requiresReview).toBe(true);
  });
});
