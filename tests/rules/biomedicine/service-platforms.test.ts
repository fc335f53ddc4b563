import { describe, expect, it } from "vitest";
import type { ProfileInput } from "@/lib/profile/schema";
import { clauseResult } from "@/tests/helpers/profile";
import { as } from "./fixtures";

type Platform = NonNullable<ProfileInput["platforms"]>[number];
const platform = (over: Partial<Platform> = {}): Platform => ({
  id: "pf1",
  name: "生物医药 CRO 公共服务平台",
  keyPlatformFor: ["biomedicine"],
  industries: ["biomedicine"],
  noInvestmentRelation: true,
  ...over,
});
const asPlatform = (...platforms: Platform[]) => as(["platform"], { platforms });

describe("biomedicine/19-a key public service platforms", () => {
  it("approved new equipment and software 30,000,000: up to 30% × 30,000,000 = 9,000,000", () => {
    const r = clauseResult(
      "biomedicine/19-a",
      asPlatform(platform({ newEquipmentInvestment: 30_000_000 })),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 9_000_000 });
  });

  it("70,000,000: 21,000,000 is held to the 20,000,000 cap", () => {
    expect(
      clauseResult("biomedicine/19-a", asPlatform(platform({ newEquipmentInvestment: 70_000_000 })))
        .amount,
    ).toEqual({ min: 0, max: 20_000_000 });
  });

  it("the cap covers the platform once: 5,000,000 received earlier leaves 15,000,000", () => {
    const r = clauseResult("biomedicine/19-a", {
      ...asPlatform(platform({ newEquipmentInvestment: 70_000_000 })),
      awardsReceived: [
        { id: "a1", clauseId: "biomedicine/19-a", itemKey: "pf1", amount: 5_000_000, year: 2023 },
      ],
    });
    expect(r.amount).toEqual({ min: 0, max: 15_000_000 });
  });

  it("a platform recognised for another industry only is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/19-a",
        asPlatform(platform({ keyPlatformFor: ["software"], newEquipmentInvestment: 30_000_000 })),
      ).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/19-b innovation vouchers", () => {
  it("technology contracts of 15,000,000: up to 10% = 1,500,000", () => {
    const r = clauseResult(
      "biomedicine/19-b",
      asPlatform(platform({ techContractValue: 15_000_000 })),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_500_000 });
  });

  it("20,000,000 reaches the 2,000,000 yearly cap exactly; 30,000,000 is held to it", () => {
    expect(
      clauseResult("biomedicine/19-b", asPlatform(platform({ techContractValue: 20_000_000 })))
        .amount,
    ).toEqual({ min: 0, max: 2_000_000 });
    expect(
      clauseResult("biomedicine/19-b", asPlatform(platform({ techContractValue: 30_000_000 })))
        .amount,
    ).toEqual({ min: 0, max: 2_000_000 });
  });

  it("an investment relationship with the clients rules it out", () => {
    expect(
      clauseResult(
        "biomedicine/19-b",
        asPlatform(platform({ techContractValue: 15_000_000, noInvestmentRelation: false })),
      ).status,
    ).toBe("ineligible");
  });

  it("a platform not serving biomedicine is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/19-b",
        asPlatform(platform({ techContractValue: 15_000_000, industries: ["software"] })),
      ).status,
    ).toBe("ineligible");
  });
});
