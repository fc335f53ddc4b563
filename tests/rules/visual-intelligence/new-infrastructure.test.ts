import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("visual-intelligence/14 new-infrastructure projects in operation (unspecified)", () => {
  it("an operating project with 12,000,000 of non-affiliated service revenue is eligible; the rate is not stated", () => {
    const r = clauseResult("visual-intelligence/14", {
      visualIntelligence: { newInfraInOperation: true, newInfraServiceRevenue: 12_000_000 },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no non-affiliated service revenue (0): not eligible", () => {
    const r = clauseResult("visual-intelligence/14", {
      visualIntelligence: { newInfraInOperation: true, newInfraServiceRevenue: 0 },
    });
    expect(r.status).toBe("ineligible");
  });

  it("a project not yet in operation: not eligible", () => {
    const r = clauseResult("visual-intelligence/14", {
      visualIntelligence: { newInfraInOperation: false, newInfraServiceRevenue: 12_000_000 },
    });
    expect(r.status).toBe("ineligible");
  });
});
