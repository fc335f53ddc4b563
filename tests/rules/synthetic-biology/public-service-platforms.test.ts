import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";

type Platform = NonNullable<ProfileInput["platforms"]>[number];

const platform = (id: string, over: Partial<Platform> = {}): Platform => ({
  id,
  name: `合成生物中试放大基地 ${id}`,
  keyPlatformFor: ["synthetic-biology"],
  industries: ["synthetic-biology"],
  newEquipmentInvestment: 40_000_000,
  techContractValue: 15_000_000,
  noInvestmentRelation: true,
  ...over,
});
const asPlatform = (...list: Platform[]) => ({
  enterprise: { roles: ["platform" as const] },
  platforms: list,
});

describe("synthetic-biology/13-a construction of city key synthetic-biology platforms", () => {
  it("40,000,000 approved new equipment and software: 30% × 40,000,000 = 12,000,000", () => {
    const r = clauseResult("synthetic-biology/13-a", asPlatform(platform("f1")));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 12_000_000 });
  });

  it("66,666,667: 30% = 20,000,000.1, rounded to 20,000,000 — the cap exactly", () => {
    expect(
      clauseResult(
        "synthetic-biology/13-a",
        asPlatform(platform("f1", { newEquipmentInvestment: 66_666_667 })),
      ).amount,
    ).toEqual({
      min: 0,
      max: 20_000_000,
    });
  });

  it("80,000,000: 24,000,000 is held to 20,000,000", () => {
    expect(
      clauseResult(
        "synthetic-biology/13-a",
        asPlatform(platform("f1", { newEquipmentInvestment: 80_000_000 })),
      ).amount,
    ).toEqual({
      min: 0,
      max: 20_000_000,
    });
  });

  it("a platform recognised only for biomedicine is not a synthetic-biology key platform", () => {
    const r = clauseResult(
      "synthetic-biology/13-a",
      asPlatform(platform("f1", { keyPlatformFor: ["biomedicine"] })),
    );
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("an ordinary enterprise is not the beneficiary", () => {
    const r = clauseResult("synthetic-biology/13-a", { platforms: [platform("f1")] });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("synthetic-biology/13-b innovation vouchers of recognised platforms", () => {
  it("15,000,000 of technology contracts: 10% × 15,000,000 = 1,500,000", () => {
    const r = clauseResult("synthetic-biology/13-b", asPlatform(platform("f1")));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("20,000,000 reaches the 2,000,000 per-platform cap exactly; 30,000,000 is held to it", () => {
    expect(
      clauseResult(
        "synthetic-biology/13-b",
        asPlatform(platform("f1", { techContractValue: 20_000_000 })),
      ).amount,
    ).toEqual({ min: 0, max: 2_000_000 });
    expect(
      clauseResult(
        "synthetic-biology/13-b",
        asPlatform(platform("f1", { techContractValue: 30_000_000 })),
      ).amount,
    ).toEqual({ min: 0, max: 2_000_000 });
  });

  it("the cap is per platform: two platforms with 25,000,000 each get 2,000,000 + 2,000,000 = 4,000,000", () => {
    const r = clauseResult(
      "synthetic-biology/13-b",
      asPlatform(
        platform("f1", { techContractValue: 25_000_000 }),
        platform("f2", { techContractValue: 25_000_000 }),
      ),
    );
    expect(r.amount).toEqual({ min: 0, max: 4_000_000 });
  });

  it("a platform not serving synthetic-biology clients is not eligible for these vouchers", () => {
    expect(
      clauseResult(
        "synthetic-biology/13-b",
        asPlatform(platform("f1", { industries: ["integrated-circuits"] })),
      ).status,
    ).toBe("ineligible");
  });

  it("services to a party with an investment relationship are not eligible", () => {
    const r = clauseResult(
      "synthetic-biology/13-b",
      asPlatform(platform("f1", { noInvestmentRelation: false })),
    );
    expect(r.status).toBe("ineligible");
  });
});
