import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { sw } from "./fixtures";

describe("software/8-a original products on home-grown open source", () => {
  it("an original open-source-based product may win up to 1,000,000 (at most 10 a year)", () => {
    const r = clauseResult("software/8-a", sw({ openSourceOriginalProduct: true }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("no such product: not eligible", () => {
    expect(clauseResult("software/8-a", sw({ openSourceOriginalProduct: false })).status).toBe(
      "ineligible",
    );
  });

  it("unanswered: needs information", () => {
    expect(clauseResult("software/8-a", sw()).questions).toEqual([
      "software.openSourceOriginalProduct",
    ]);
  });
});

describe("software/8-b district help for open-source activities", () => {
  it("an enterprise selling distributions is eligible (non-monetary)", () => {
    const r = clauseResult("software/8-b", sw({ openSourceActivities: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without such activities: not eligible", () => {
    expect(clauseResult("software/8-b", sw({ openSourceActivities: false })).status).toBe(
      "ineligible",
    );
  });
});
