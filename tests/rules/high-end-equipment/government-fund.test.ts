import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("high-end-equipment/7-a city fund direct investment", () => {
  it("a fund-backed major project is eligible after the city's decision; non-monetary", () => {
    const r = clauseResult("high-end-equipment/7-a", {
      highEndEquipment: { fundBackedMajorProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult("high-end-equipment/7-a", {
        highEndEquipment: { fundBackedMajorProject: false },
      }).status,
    ).toBe("ineligible");
  });
});

describe("high-end-equipment/7-b rewards out of government investment returns", () => {
  it("a fund-backed major project is eligible; the amount is not stated", () => {
    const r = clauseResult("high-end-equipment/7-b", {
      highEndEquipment: { fundBackedMajorProject: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("without such a project it is not eligible; unanswered it needs information", () => {
    expect(
      clauseResult("high-end-equipment/7-b", {
        highEndEquipment: { fundBackedMajorProject: false },
      }).status,
    ).toBe("ineligible");
    expect(clauseResult("high-end-equipment/7-b", {}).status).toBe("needs-info");
  });
});
