import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { collaboration, sw } from "./fixtures";

describe("software/5 collaborative major software-product projects", () => {
  it("own investment 10,000,000 of 20,000,000: 30% × 10,000,000 = 3,000,000, to be selected (at most 2 a year)", () => {
    const r = clauseResult("software/5", sw({ collaborativeProjects: [collaboration()] }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("own 16,666,667 of 16,666,667: 30% = 5,000,000.1 → 5,000,000, exactly the per-participant cap", () => {
    const r = clauseResult(
      "software/5",
      sw({
        collaborativeProjects: [
          collaboration({ ownInvestment: 16_666_667, participantsInvestment: 16_666_667 }),
        ],
      }),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("own 20,000,000 of 20,000,000: 6,000,000 capped at 5,000,000 per participant", () => {
    const r = clauseResult(
      "software/5",
      sw({
        collaborativeProjects: [
          collaboration({ ownInvestment: 20_000_000, participantsInvestment: 20_000_000 }),
        ],
      }),
    );
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("own 10,000,000 of 50,000,000: the project's 10,000,000 cap shared by investment gives 2,000,000 < 3,000,000", () => {
    const r = clauseResult(
      "software/5",
      sw({ collaborativeProjects: [collaboration({ participantsInvestment: 50_000_000 })] }),
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a field outside those listed: not eligible", () => {
    expect(
      clauseResult("software/5", sw({ collaborativeProjects: [collaboration({ field: "other" })] }))
        .status,
    ).toBe("ineligible");
  });

  it("not led by a leading enterprise: not eligible", () => {
    expect(
      clauseResult(
        "software/5",
        sw({ collaborativeProjects: [collaboration({ ledByLeadingEnterprise: false })] }),
      ).status,
    ).toBe("ineligible");
  });
});
