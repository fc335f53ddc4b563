import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("synthetic-biology/12-a land for recognised headquarters enterprises (non-monetary)", () => {
  it("a recognised headquarters enterprise is eligible, with no amount", () => {
    const r = clauseResult("synthetic-biology/12-a", { syntheticBiology: { headquarters: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("an enterprise not recognised as a headquarters is not eligible", () => {
    expect(
      clauseResult("synthetic-biology/12-a", { syntheticBiology: { headquarters: false } }).status,
    ).toBe("ineligible");
  });
});

describe("synthetic-biology/12-b R&D funding for headquarters enterprises (amount not stated)", () => {
  it("a recognised headquarters enterprise is eligible; the amount is not stated", () => {
    const r = clauseResult("synthetic-biology/12-b", { syntheticBiology: { headquarters: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("an enterprise not recognised as a headquarters is not eligible", () => {
    expect(
      clauseResult("synthetic-biology/12-b", { syntheticBiology: { headquarters: false } }).status,
    ).toBe("ineligible");
  });

  it("unanswered, the clause asks whether the enterprise is a recognised headquarters", () => {
    const r = clauseResult("synthetic-biology/12-b", {});
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["syntheticBiology.headquarters"]);
  });
});
