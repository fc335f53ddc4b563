import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const asPlatform = (visualIntelligence: Record<string, number | boolean>) => ({
  enterprise: { roles: ["platform" as const] },
  visualIntelligence,
});

describe("visual-intelligence/9-a newly recognised national manufacturing innovation centres: up to 100,000,000", () => {
  it("recognised in 2025: up to 100,000,000 under the rules", () => {
    const r = clauseResult(
      "visual-intelligence/9-a",
      asPlatform({ nationalInnovationCentreYear: 2025 }),
    );
    expect(r.status).toBe("eligible");
    expect(r.kind).toBe("up-to");
    expect(r.amount).toEqual({ min: 0, max: 100_000_000 });
  });

  it("recognised in 2023, the year the policy took effect: eligible (boundary)", () => {
    const r = clauseResult(
      "visual-intelligence/9-a",
      asPlatform({ nationalInnovationCentreYear: 2023 }),
    );
    expect(r.amount).toEqual({ min: 0, max: 100_000_000 });
  });

  it("recognised in 2022 is not 新认定 under this policy: not eligible", () => {
    const r = clauseResult(
      "visual-intelligence/9-a",
      asPlatform({ nationalInnovationCentreYear: 2022 }),
    );
    expect(r.status).toBe("ineligible");
  });

  it("an ordinary enterprise applicant does not collect it", () => {
    const r = clauseResult("visual-intelligence/9-a", {
      visualIntelligence: { nationalInnovationCentreYear: 2025 },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("visual-intelligence/9-b provincial technology innovation centres (unspecified matching)", () => {
  it("a recognised provincial centre is eligible; the matching is not stated", () => {
    const r = clauseResult(
      "visual-intelligence/9-b",
      asPlatform({ provincialTechInnovationCentre: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("not recognised: not eligible", () => {
    const r = clauseResult(
      "visual-intelligence/9-b",
      asPlatform({ provincialTechInnovationCentre: false }),
    );
    expect(r.status).toBe("ineligible");
  });
});
