import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";

const sb = (s: NonNullable<ProfileInput["syntheticBiology"]>) => ({ syntheticBiology: s });

describe("synthetic-biology/15-a talent recruitment and self-evaluation (non-monetary)", () => {
  it("a synthetic-biology enterprise is eligible, with no amount", () => {
    const r = clauseResult("synthetic-biology/15-a", sb({ inSyntheticBiology: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.kind).toBe("non-monetary");
  });

  it("an enterprise outside synthetic biology is not eligible", () => {
    expect(clauseResult("synthetic-biology/15-a", sb({ inSyntheticBiology: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("synthetic-biology/15-b guarantees for high-level talent (non-monetary)", () => {
  it("a synthetic-biology enterprise with high-level talent is eligible, with no amount", () => {
    const r = clauseResult(
      "synthetic-biology/15-b",
      sb({ inSyntheticBiology: true, highLevelTalent: true }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without high-level talent it is not eligible", () => {
    expect(
      clauseResult(
        "synthetic-biology/15-b",
        sb({ inSyntheticBiology: true, highLevelTalent: false }),
      ).status,
    ).toBe("ineligible");
  });
});

describe("synthetic-biology/16 reduced guarantee fees (amount not stated)", () => {
  it("a synthetic-biology enterprise is eligible; the amount is not stated", () => {
    const r = clauseResult("synthetic-biology/16", sb({ inSyntheticBiology: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("an enterprise outside synthetic biology is not eligible", () => {
    expect(clauseResult("synthetic-biology/16", sb({ inSyntheticBiology: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("synthetic-biology/18-a priority land for key enterprises (non-monetary)", () => {
  it("a key synthetic-biology enterprise is eligible, with no amount", () => {
    const r = clauseResult("synthetic-biology/18-a", sb({ keyEnterprise: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("an enterprise that is not a key enterprise is not eligible", () => {
    expect(clauseResult("synthetic-biology/18-a", sb({ keyEnterprise: false })).status).toBe(
      "ineligible",
    );
  });
});

describe("synthetic-biology/18-b simplified EIA in recognised parks (non-monetary)", () => {
  it("an enterprise in a recognised specialty park is eligible, with no amount", () => {
    const r = clauseResult("synthetic-biology/18-b", sb({ inRecognisedPark: true }));
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("an enterprise outside recognised parks is not eligible", () => {
    expect(clauseResult("synthetic-biology/18-b", sb({ inRecognisedPark: false })).status).toBe(
      "ineligible",
    );
  });
});
