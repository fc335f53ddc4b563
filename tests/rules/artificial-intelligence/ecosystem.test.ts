import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("artificial-intelligence/8-a AI talent in short supply (non-monetary)", () => {
  it("an enterprise with AI shortage talent is eligible for support in talent recognition", () => {
    const r = clauseResult("artificial-intelligence/8-a", {
      artificialIntelligence: { shortageTalent: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("without such talent it is not eligible", () => {
    const r = clauseResult("artificial-intelligence/8-a", {
      artificialIntelligence: { shortageTalent: false },
    });
    expect(r.status).toBe("ineligible");
  });
});

describe("artificial-intelligence/8-b important forums settled in Hangzhou (unspecified)", () => {
  it("an organiser whose national forum has settled in Hangzhou is eligible; amount not stated", () => {
    const r = clauseResult("artificial-intelligence/8-b", {
      enterprise: { roles: ["organization"] },
      artificialIntelligence: { forumSettled: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a forum not settled in Hangzhou: not eligible", () => {
    const r = clauseResult("artificial-intelligence/8-b", {
      enterprise: { roles: ["organization"] },
      artificialIntelligence: { forumSettled: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
