import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("new-materials/4-a city fund direct investment", () => {
  it("a fund-backed major project is eligible after the city's decision; non-monetary", () => {
    const r = clauseResult("new-materials/4-a", { newMaterials: { fundBackedMajorProject: true } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult("new-materials/4-a", { newMaterials: { fundBackedMajorProject: false } }).status,
    ).toBe("ineligible");
  });
});

describe("new-materials/4-b rewards out of government investment returns", () => {
  it("a fund-backed major project is eligible; the amount is not stated", () => {
    const r = clauseResult("new-materials/4-b", { newMaterials: { fundBackedMajorProject: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult("new-materials/4-b", { newMaterials: { fundBackedMajorProject: false } }).status,
    ).toBe("ineligible");
  });
});
