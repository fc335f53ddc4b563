import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("visual-intelligence/10 talent self-recognition (non-monetary, authorisation)", () => {
  it("a visual-intelligence enterprise may be authorised (conditions set by the Talent Office)", () => {
    const r = clauseResult("visual-intelligence/10", {
      enterprise: { industries: ["visual-intelligence"] },
    });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("an enterprise of another industry only is not a visual-intelligence enterprise", () => {
    const r = clauseResult("visual-intelligence/10", { enterprise: { industries: ["software"] } });
    expect(r.status).toBe("ineligible");
  });

  it("with no industry chosen it asks for the industries", () => {
    const r = clauseResult("visual-intelligence/10", {});
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["enterprise.industries"]);
  });
});
