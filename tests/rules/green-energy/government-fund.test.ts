import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/3.4-a green-energy fund direct investment", () => {
  it("a fund-backed major project is eligible after the city's decision; non-monetary", () => {
    const r = clauseResult("green-energy/3.4-a", { greenEnergy: { fundBackedMajorProject: true } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult("green-energy/3.4-a", { greenEnergy: { fundBackedMajorProject: false } }).status,
    ).toBe("ineligible");
  });
});
