import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { sw } from "./fixtures";

describe("software/6-a quality digital-engineering service providers", () => {
  it("a provider may win up to 2,000,000 if ranked among at most 10 a year", () => {
    const r = clauseResult("software/6-a", sw({ digitalEngineeringServiceProvider: true }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.kind).toBe("up-to");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("not a provider: not eligible", () => {
    expect(
      clauseResult("software/6-a", sw({ digitalEngineeringServiceProvider: false })).status,
    ).toBe("ineligible");
  });

  it("scope of the policy unanswered: needs information", () => {
    const r = clauseResult("software/6-a", {
      software: { digitalEngineeringServiceProvider: true },
    });
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["software.qualifiedSoftwareEnterprise"]);
  });
});

describe("software/6-b listing support and priority for providers", () => {
  it("a provider is eligible (non-monetary)", () => {
    const r = clauseResult("software/6-b", sw({ digitalEngineeringServiceProvider: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("not a provider: not eligible", () => {
    expect(
      clauseResult("software/6-b", sw({ digitalEngineeringServiceProvider: false })).status,
    ).toBe("ineligible");
  });
});
