import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";

type Platform = NonNullable<ProfileInput["platforms"]>[number];

const platform = (over: Partial<Platform> = {}): Platform => ({
  id: "pl1",
  name: "杭州人工智能产品评测平台",
  industries: ["artificial-intelligence"],
  serviceTransactionValue: 30_000_000,
  operatingExpense: 5_000_000,
  ...over,
});

const asPlatform = (...platforms: Platform[]) => ({
  enterprise: { roles: ["platform" as const] },
  platforms,
});

describe("artificial-intelligence/7 AI public-service demonstration platforms: up to 2,000,000 a year", () => {
  it("transactions 30,000,000, operating expenses 5,000,000: up to 2,000,000, if selected", () => {
    const r = clauseResult("artificial-intelligence/7", asPlatform(platform()));
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("transactions of exactly 20,000,000 are not 超过 2000 万元: not eligible, gap shown", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform({ serviceTransactionValue: 20_000_000 })),
    );
    expect(r.status).toBe("ineligible");
    expect(r.nearMisses[0]?.gap).toMatchObject({
      actual: 20_000_000,
      required: 20_000_000,
      comparator: ">",
    });
  });

  it("transactions of 20,000,001 are above the threshold: eligible", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform({ serviceTransactionValue: 20_000_001 })),
    );
    expect(r.status).toBe("eligible");
  });

  it("operating expenses 1,200,000: up to the expenses, 1,200,000", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform({ operatingExpense: 1_200_000 })),
    );
    expect(r.amount).toEqual({ min: 0, max: 1_200_000 });
  });

  it("two demonstration platforms of one operator: 2,000,000 + 2,000,000 held to 2,000,000 per applicant and year", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform(), platform({ id: "pl2", name: "知识产权交易平台" })),
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a platform serving only biomedicine is not listed here", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform({ industries: ["biomedicine"] })),
    );
    expect(r.items).toHaveLength(0);
    expect(r.status).toBe("ineligible");
  });

  it("a platform whose fields are not answered is asked about them", () => {
    const r = clauseResult(
      "artificial-intelligence/7",
      asPlatform(platform({ industries: undefined })),
    );
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["platforms[].industries"]);
  });
});
