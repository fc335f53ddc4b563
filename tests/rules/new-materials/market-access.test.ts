import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("new-materials/5-a prudent, inclusive access", () => {
  it("a new-material enterprise is covered; non-monetary", () => {
    const r = clauseResult("new-materials/5-a", { newMaterials: { field: "other-new-material" } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("an enterprise outside new materials is not", () => {
    expect(
      clauseResult("new-materials/5-a", { newMaterials: { field: "not-new-material" } }).status,
    ).toBe("ineligible");
  });
});

describe("new-materials/5-b land in provincial chemical parks", () => {
  it("a chemical-related new-material project is covered", () => {
    expect(
      clauseResult("new-materials/5-b", {
        newMaterials: { field: "high-performance-metal", chemicalProject: true },
      }).status,
    ).toBe("eligible");
  });

  it("without a chemical-related project it is not", () => {
    expect(
      clauseResult("new-materials/5-b", {
        newMaterials: { field: "high-performance-metal", chemicalProject: false },
      }).status,
    ).toBe("ineligible");
  });
});
