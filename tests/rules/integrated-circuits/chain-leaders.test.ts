import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { ic } from "./fixtures";

describe("integrated-circuits/2 partners of chain leaders", () => {
  it("a chain leader's partner is eligible for the (exploratory, non-monetary) credit enhancement", () => {
    const r = clauseResult("integrated-circuits/2", ic({ chainLeaderPartner: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.readings).toHaveLength(1);
  });

  it("an enterprise that is not a partner is not eligible", () => {
    expect(clauseResult("integrated-circuits/2", ic({ chainLeaderPartner: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("integrated-circuits/7 supply-chain assistance", () => {
  it("an enterprise on the MIIT white list alone is eligible", () => {
    expect(clauseResult("integrated-circuits/7", ic({ supplyChainWhiteList: true })).status).toBe(
      "eligible",
    );
  });

  it("a chain leader alone is eligible", () => {
    expect(
      clauseResult("integrated-circuits/7", ic({ chainLeader: true, supplyChainWhiteList: false }))
        .status,
    ).toBe("eligible");
  });

  it("neither a chain leader nor on the white list: not eligible", () => {
    expect(
      clauseResult("integrated-circuits/7", ic({ chainLeader: false, supplyChainWhiteList: false }))
        .status,
    ).toBe("ineligible");
  });

  it("one answer no and the other open: needs information on both alternatives", () => {
    const r = clauseResult("integrated-circuits/7", ic({ chainLeader: false }));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual([
      "integratedCircuits.chainLeader",
      "integratedCircuits.supplyChainWhiteList",
    ]);
  });
});
