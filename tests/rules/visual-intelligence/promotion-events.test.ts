import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("visual-intelligence/13 industry forums and promotion events (unspecified)", () => {
  it("an organiser holding a high-level forum is eligible; amount not stated", () => {
    const r = clauseResult("visual-intelligence/13", {
      enterprise: { roles: ["organization"] },
      visualIntelligence: { eventHeld: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no event held: not eligible", () => {
    const r = clauseResult("visual-intelligence/13", {
      enterprise: { roles: ["organization"] },
      visualIntelligence: { eventHeld: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
