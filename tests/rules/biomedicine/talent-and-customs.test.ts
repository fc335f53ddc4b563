import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("biomedicine/24-a talent evaluation (non-monetary)", () => {
  it("an employer of high-level biomedicine talent: eligible, no amount", () => {
    const r = clauseResult("biomedicine/24-a", { biomedicine: { highLevelTalent: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without such talent: not eligible; unanswered: needs information", () => {
    expect(
      clauseResult("biomedicine/24-a", { biomedicine: { highLevelTalent: false } }).status,
    ).toBe("ineligible");
    expect(clauseResult("biomedicine/24-a", {}).status).toBe("needs-info");
  });
});

describe("biomedicine/24-b unsecured financing guarantees for talent ventures (non-monetary)", () => {
  it("a venture of high-level talent: eligible, no amount", () => {
    const r = clauseResult("biomedicine/24-b", { biomedicine: { talentVenture: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("otherwise: not eligible", () => {
    expect(clauseResult("biomedicine/24-b", { biomedicine: { talentVenture: false } }).status).toBe(
      "ineligible",
    );
  });
});

describe("biomedicine/25 customs facilitation (non-monetary)", () => {
  it("an importer of special items: eligible, no amount", () => {
    const r = clauseResult("biomedicine/25", { biomedicine: { specialItemsTrade: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no such trade: not eligible", () => {
    expect(
      clauseResult("biomedicine/25", { biomedicine: { specialItemsTrade: false } }).status,
    ).toBe("ineligible");
  });
});
