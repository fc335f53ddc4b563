import { roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { profileSchema } from "@/lib/profile/schema";
import { registry } from "@/rules";

function run(file: string) {
  const profile = profileSchema.parse(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
  // The examples give 2025 figures: events of 2025, claimed in the 2026 round (the last).
  const result = evaluate(registry, profile, roundOf(2026));
  const get = (id: string) => result.clauses.find((c) => c.id === id)!;
  return { result, get };
}

describe("example: 杭州云栈软件科技有限公司 (cloud software, 西湖区)", () => {
  const { result, get } = run("software-platform-company.json");

  it("revenue 1,200,000,000 first reaches the 10 亿 tier: 1,000,000 − 500,000 received at the 5 亿 tier = 500,000", () => {
    expect(get("software/1-a").amount).toEqual({ min: 500_000, max: 500_000 });
  });

  it("growth reward: 1% × (1,200,000,000 − 800,000,000) = at most 4,000,000", () => {
    expect(get("software/1-b").amount).toEqual({ min: 0, max: 4_000_000 });
  });

  it("R&D clause: 20% × (200,000,000 − 20% × 800,000,000) = 8,000,000, ranking still to win", () => {
    expect(get("software/3").amount).toEqual({ min: 0, max: 8_000_000 });
    expect(get("software/3").requiresReview).toBe(true);
  });

  it("national first-version database, sales 150,000,000: 3.3% = 4,950,000 (a fixed rate: exactly)", () => {
    expect(get("software/4-a").amount).toEqual({ min: 4_950_000, max: 4_950_000 });
  });

  it("first selected as a national key software enterprise in 2024: 2,000,000", () => {
    expect(get("software/2-a").amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("totals: 500,000 + 2,000,000 + 4,950,000 = 7,450,000 fixed and up to 4,000,000 more = 11,450,000; 8,000,000 + 1,000,000 = 9,000,000 to win apart", () => {
    expect(result.totals.byPolicy.software).toMatchObject({
      min: 7_450_000,
      max: 11_450_000,
      fixed: { min: 7_450_000, max: 7_450_000 },
      upTo: { min: 0, max: 4_000_000 },
      toWin: { min: 0, max: 9_000_000 },
    });
  });

  it("the policy ended 2025-11-24: on 2026-03-01 (the 2026 round, events of 2025) it is in its last round; the 2027 round is ended", () => {
    const profile = profileSchema.parse(
      JSON.parse(readFileSync("examples/software-platform-company.json", "utf8")),
    );
    const last = evaluate(registry, profile, roundOn("2026-03-01"));
    expect(last.policies).toEqual([
      { key: "software", status: "in-force", roundStatus: "last-round", lastRound: 2026 },
    ]);
    expect(last.clauses.find((c) => c.id === "software/1-a")!.status).toBe("eligible");
    const later = evaluate(registry, profile, roundOf(2027));
    expect(later.policies).toEqual([
      { key: "software", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    expect(later.clauses.find((c) => c.id === "software/1-a")!.status).toBe("expired");
  });
});

describe("example: 杭州数织工业互联网有限公司 (digital-engineering SME, 余杭区)", () => {
  const { get } = run("software-digital-engineering-sme.json");

  it("revenue 300,000,000 is 200,000,000 short of the first tier", () => {
    const r = get("software/1-a");
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({ actual: 300_000_000, required: 500_000_000 });
  });

  it("last year's growth 260/220 − 1 ≈ 18.2% is not above 20%: no R&D subsidy", () => {
    expect(get("software/3").status).toBe("ineligible");
  });

  it("provincial first-version MES, sales 20,000,000, 3-year growth ≈ 16.8%: 2% = 400,000", () => {
    expect(get("software/4-a").amount).toEqual({ min: 400_000, max: 400_000 });
  });

  it("collaborative project: 30% × 12,000,000 = 3,600,000, but the project cap shared 12/40 × 10,000,000 = 3,000,000", () => {
    expect(get("software/5").amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("may be selected as a quality digital-engineering provider (up to 2,000,000) and gets 500,000 for its national solution", () => {
    expect(get("software/6-a").amount).toEqual({ min: 0, max: 2_000_000 });
    expect(get("software/4-d").amount).toEqual({ min: 0, max: 500_000 });
  });

  it("as a specialised-and-new enterprise 2-b applies; without little-giant, Kunpeng or size 10-b does not", () => {
    expect(get("software/2-b").status).toBe("eligible");
    expect(get("software/10-b").status).toBe("ineligible");
  });
});
