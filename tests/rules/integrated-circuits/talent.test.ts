import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/9 talent classification by enterprises", () => {
  it("an IC enterprise may be authorised (non-monetary)", () => {
    const r = clauseResult("integrated-circuits/9", ic({ icEnterprise: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a non-IC enterprise is not eligible", () => {
    expect(clauseResult("integrated-circuits/9", ic({ icEnterprise: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/10-a shared-ownership talent housing", () => {
  it("an IC enterprise is eligible (exploratory, non-monetary)", () => {
    expect(clauseResult("integrated-circuits/10-a", ic({ icEnterprise: true })).status).toBe(
      "eligible",
    );
  });

  it("unanswered, it asks whether the applicant is an IC enterprise", () => {
    const r = clauseResult("integrated-circuits/10-a", {});
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["integratedCircuits.icEnterprise"]);
  });

  it("a non-IC enterprise is not eligible", () => {
    expect(clauseResult("integrated-circuits/10-a", ic({ icEnterprise: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/10-b schooling for the children of IC talent", () => {
  it("an IC enterprise with high-level talent is eligible", () => {
    expect(
      clauseResult("integrated-circuits/10-b", ic({ icEnterprise: true, highLevelTalent: true }))
        .status,
    ).toBe("eligible");
  });

  it("without high-level talent it is not", () => {
    expect(
      clauseResult("integrated-circuits/10-b", ic({ icEnterprise: true, highLevelTalent: false }))
        .status,
    ).toBe("ineligible");
  });
});
