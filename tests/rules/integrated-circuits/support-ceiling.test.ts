import { describe, expect, it } from "vitest";
import { evaluateProfile } from "@/tests/helpers/profile";
import { as, chipProject, projects, techPlatform } from "./fixtures";

const combined = (over: Parameters<typeof chipProject>[0] = {}) =>
  chipProject({
    id: "gan-1",
    name: "氮化镓射频芯片及外延材料",
    totalInvestment: 100_000_000,
    firstTapeOutCost: 40_000_000,
    keyMaterialOrEquipment: true,
    materialEquipmentRdInvestment: 60_000_000,
    materialEquipmentSold: true,
    ...over,
  });

function ic(input: Parameters<typeof evaluateProfile>[0]) {
  const result = evaluateProfile(input, "2025-06-30", ["integrated-circuits"]);
  return (id: string) => result.clauses.find((c) => c.id === id)!;
}

describe("the 30% ceiling on all government support for one project (四、(二))", () => {
  it("4-a 6,000,000 + 4-b 9,000,000 = 15,000,000 fits 30% × 100,000,000 = 30,000,000: nothing is cut", () => {
    const get = ic(projects(combined()));
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 6_000_000 });
    expect(get("integrated-circuits/4-b").amount).toEqual({ min: 0, max: 9_000_000 });
  });

  it("with 16,000,000 already received elsewhere the ceiling is 30,000,000 − 16,000,000 = 14,000,000: 4-a keeps 6,000,000, 4-b is cut to 8,000,000", () => {
    const get = ic(projects(combined({ otherGovernmentSupport: 16_000_000 })));
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 6_000_000 });
    expect(get("integrated-circuits/4-b").amount).toEqual({ min: 0, max: 8_000_000 });
    const steps = get("integrated-circuits/4-b").items[0]!.steps;
    expect(steps.at(-1)).toMatchObject({ op: "cap", cap: 14_000_000, result: 8_000_000 });
    expect(steps.some((s) => s.op === "minus" && s.value === 16_000_000)).toBe(true);
  });

  it("a project whose support already reaches 30% gets nothing more: 30% × 100,000,000 − 30,000,000 = 0", () => {
    const get = ic(projects(combined({ otherGovernmentSupport: 30_000_000 })));
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 0 });
    expect(get("integrated-circuits/4-b").amount).toEqual({ min: 0, max: 0 });
  });

  it("the ceiling is per project: a second project is not cut by the first one's ceiling", () => {
    const get = ic(
      projects(
        combined({ otherGovernmentSupport: 30_000_000 }),
        chipProject({ id: "chip-2", name: "MCU" }),
      ),
    );
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 6_000_000 });
  });

  it("a small project: tape-out 40,000,000 within a declared total of 15,000,000 is held to 30% × 15,000,000 = 4,500,000", () => {
    const get = ic(projects(chipProject({ totalInvestment: 15_000_000 })));
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 4_500_000 });
  });

  it("a platform's service subsidy 10% × 50,000,000 = 5,000,000 is cut to 30% × 20,000,000 − 2,000,000 received = 4,000,000", () => {
    const get = ic(
      as(["platform"], {
        platforms: [
          techPlatform({ constructionInvestment: 20_000_000, otherGovernmentSupport: 2_000_000 }),
        ],
      }),
    );
    expect(get("integrated-circuits/13-a").status).toBe("ineligible");
    expect(get("integrated-circuits/13-b").amount).toEqual({ min: 4_000_000, max: 4_000_000 });
  });

  it("construction 6% × 600,000,000 = 36,000,000 and service 5,000,000 on one platform with 150,000,000 received: ceiling 180,000,000 − 150,000,000 = 30,000,000 → 30,000,000 + 0", () => {
    const get = ic(
      as(["platform"], { platforms: [techPlatform({ otherGovernmentSupport: 150_000_000 })] }),
    );
    expect(get("integrated-circuits/13-a").amount).toEqual({ min: 30_000_000, max: 30_000_000 });
    expect(get("integrated-circuits/13-b").amount).toEqual({ min: 0, max: 0 });
  });

  it("a service platform without a construction investment cannot be checked against the 30% ceiling: it asks (needs-info), it does not promise 10% × 50,000,000 = 5,000,000", () => {
    const get = ic(
      as(["platform"], {
        platforms: [techPlatform({ constructionInvestment: undefined, icPublicTechnology: false })],
      }),
    );
    const r = get("integrated-circuits/13-b");
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("platforms[].constructionInvestment");
  });

  it("support already received left unanswered is asked (needs-info), not counted as 0: tape-out 15% × 40,000,000 = 6,000,000 waits for it", () => {
    const get = ic(projects(chipProject({ otherGovernmentSupport: undefined })));
    const r = get("integrated-circuits/4-a");
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("integratedCircuits.projects[].otherGovernmentSupport");
  });

  it("a platform's service subsidy 10% × 50,000,000 = 5,000,000 waits for the support already received (needs-info)", () => {
    const get = ic(
      as(["platform"], { platforms: [techPlatform({ otherGovernmentSupport: undefined })] }),
    );
    const r = get("integrated-circuits/13-b");
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("platforms[].otherGovernmentSupport");
  });

  it("support received 0 is an answer: the ceiling 30% × 200,000,000 − 0 = 60,000,000 leaves 6,000,000 uncut", () => {
    const get = ic(projects(chipProject({ otherGovernmentSupport: 0 })));
    expect(get("integrated-circuits/4-a").amount).toEqual({ min: 0, max: 6_000_000 });
  });
});
