import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { chipProject, edaProject, materialsProject, projects } from "./fixtures";

describe("integrated-circuits/4-a first tape-out of a high-end chip", () => {
  it("tape-out 40,000,000: 15% × 40,000,000 = 6,000,000 (不超过, so 0 to 6,000,000)", () => {
    const r = clauseResult("integrated-circuits/4-a", projects(chipProject()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 6_000_000 });
  });

  it("tape-out exactly 10,000,000 (1000 万元以上, inclusive): 15% = 1,500,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(chipProject({ firstTapeOutCost: 10_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("tape-out 9,999,999 is below the threshold: not eligible, near miss shown", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(chipProject({ firstTapeOutCost: 9_999_999 })),
    );
    expectNearMiss(r, { actual: 9_999_999, required: 10_000_000, unit: "yuan", comparator: ">=" });
  });

  it("tape-out 200,000,000: 30,000,000 is capped at 20,000,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(chipProject({ firstTapeOutCost: 200_000_000, totalInvestment: 400_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 20_000_000 });
  });

  it("two chips 6,000,000 + 18,000,000 = 24,000,000 are held to 20,000,000 a year (cap scope read per enterprise)", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(
        chipProject(),
        chipProject({
          id: "chip-2",
          name: "AI 推理芯片",
          firstTapeOutCost: 120_000_000,
          totalInvestment: 500_000_000,
        }),
      ),
    );
    expect(r.items.map((i) => i.amount?.max)).toEqual([6_000_000, 18_000_000]);
    expect(r.amount).toEqual({ min: 0, max: 20_000_000 });
  });

  it("a chip outside the key supported fields is not eligible", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(chipProject({ highEndChipInKeyField: false })),
    );
    expect(r.status).toBe("ineligible");
  });

  it("without the project's total investment (needed for the 30% ceiling) it asks for it", () => {
    const r = clauseResult(
      "integrated-circuits/4-a",
      projects(chipProject({ totalInvestment: undefined })),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("integratedCircuits.projects[].totalInvestment");
  });

  it("without any IC projects answered it asks for the list", () => {
    const r = clauseResult("integrated-circuits/4-a", {});
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["integratedCircuits.projects"]);
  });
});

describe("integrated-circuits/4-b key materials and core equipment", () => {
  it("R&D 60,000,000 with sales: 15% × 60,000,000 = 9,000,000", () => {
    const r = clauseResult("integrated-circuits/4-b", projects(materialsProject()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 9_000_000 });
  });

  it("R&D exactly 50,000,000 (5000 万元以上): 15% = 7,500,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-b",
      projects(materialsProject({ materialEquipmentRdInvestment: 50_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 7_500_000 });
  });

  it("R&D 49,999,999 is below the threshold", () => {
    const r = clauseResult(
      "integrated-circuits/4-b",
      projects(materialsProject({ materialEquipmentRdInvestment: 49_999_999 })),
    );
    expect(r.status).toBe("ineligible");
  });

  it("R&D 400,000,000: 60,000,000 capped at 50,000,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-b",
      projects(
        materialsProject({
          materialEquipmentRdInvestment: 400_000_000,
          totalInvestment: 800_000_000,
        }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 50_000_000 });
  });

  it("without actual sales it is not eligible", () => {
    const r = clauseResult(
      "integrated-circuits/4-b",
      projects(materialsProject({ materialEquipmentSold: false })),
    );
    expect(r.status).toBe("ineligible");
  });
});

describe("integrated-circuits/4-c EDA tools", () => {
  it("EDA R&D 12,000,000 with sales: 15% × 12,000,000 = 1,800,000", () => {
    const r = clauseResult("integrated-circuits/4-c", projects(edaProject()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_800_000 });
  });

  it("EDA R&D exactly 10,000,000: 1,500,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-c",
      projects(edaProject({ edaRdInvestment: 10_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("EDA R&D 9,999,999 is below the threshold", () => {
    const r = clauseResult(
      "integrated-circuits/4-c",
      projects(edaProject({ edaRdInvestment: 9_999_999 })),
    );
    expect(r.status).toBe("ineligible");
  });

  it("EDA R&D 150,000,000: 22,500,000 capped at 20,000,000", () => {
    const r = clauseResult(
      "integrated-circuits/4-c",
      projects(edaProject({ edaRdInvestment: 150_000_000, totalInvestment: 300_000_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 20_000_000 });
  });

  it("a chip-only project is not an EDA project", () => {
    const r = clauseResult("integrated-circuits/4-c", projects(chipProject()));
    expect(r.status).toBe("ineligible");
  });
});
