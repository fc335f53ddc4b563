import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/11 direct investment in city major projects", () => {
  it("a city major project may get 1:1 direct investment after the city's decision (equity: non-monetary, needs review)", () => {
    const r = clauseResult("integrated-circuits/11", ic({ cityMajorProject: true }));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toBeNull();
  });

  it("without a city major project it is not eligible", () => {
    expect(clauseResult("integrated-circuits/11", ic({ cityMajorProject: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/12-a Phoenix Action subsidies for fund-raising", () => {
  it("an IC enterprise raising funds is eligible; the amount follows the Phoenix Action policy", () => {
    const r = clauseResult(
      "integrated-circuits/12-a",
      ic({ icEnterprise: true, capitalRaising: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without fund-raising it is not eligible", () => {
    expect(
      clauseResult("integrated-circuits/12-a", ic({ icEnterprise: true, capitalRaising: false }))
        .status,
    ).toBe("ineligible");
  });

  it("a non-IC enterprise is not eligible", () => {
    expect(
      clauseResult("integrated-circuits/12-a", ic({ icEnterprise: false, capitalRaising: true }))
        .status,
    ).toBe("ineligible");
  });
});

describe("integrated-circuits/12-b supply-chain guarantees by chain leaders", () => {
  it("a chain leader guaranteeing core suppliers is eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/12-b",
        ic({ chainLeader: true, supplyChainGuarantee: true }),
      ).status,
    ).toBe("eligible");
  });

  it("a guarantor that is not a chain leader is not eligible", () => {
    expect(
      clauseResult(
        "integrated-circuits/12-b",
        ic({ chainLeader: false, supplyChainGuarantee: true }),
      ).status,
    ).toBe("ineligible");
  });
});
