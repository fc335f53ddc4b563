import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/3 national and provincial major projects", () => {
  it("an approved national or provincial major project is eligible; the support follows other policies (amount not stated)", () => {
    const r = clauseResult("integrated-circuits/3", ic({ majorProjectApproved: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.kind).toBe("unspecified");
  });

  it("without one it is not eligible", () => {
    expect(clauseResult("integrated-circuits/3", ic({ majorProjectApproved: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/6 production capacity for small and medium design enterprises", () => {
  it("a small design enterprise working on a breakthrough is eligible", () => {
    const r = clauseResult(
      "integrated-circuits/6",
      ic({ smallMediumDesignEnterprise: true, techBreakthrough: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a design enterprise without a technology task is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/6",
        ic({ smallMediumDesignEnterprise: true, techBreakthrough: false }),
      ).status,
    ).toBe("ineligible");
  });

  it("a large enterprise is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/6",
        ic({ smallMediumDesignEnterprise: false, techBreakthrough: true }),
      ).status,
    ).toBe("ineligible");
  });
});
