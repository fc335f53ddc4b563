import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("high-end-equipment/3-a ICV and fuel-cell vehicle output tiers", () => {
  const ID = "high-end-equipment/3-a";
  const input = (
    out: [number, number, number | undefined],
    hee: Record<string, unknown> = {},
    awards: unknown[] = [],
  ) => ({
    highEndEquipment: { icvEnterprise: true, keyTechBreakthrough: true, formedSales: true, ...hee },
    finance: {
      current: { outputValue: out[0] },
      previous: { outputValue: out[1] },
      twoYearsAgo: { outputValue: out[2] },
    },
    awardsReceived: awards,
  });

  it("output 120,000,000 first reaching CNY 100M, up 33% on 90,000,000: up to 1,000,000", () => {
    const r = clauseResult(ID, input([120_000_000, 90_000_000, 80_000_000]));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("output of exactly 100,000,000 reaches the first tier: 1,000,000", () => {
    const r = clauseResult(ID, input([100_000_000, 80_000_000, 70_000_000]));
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("growth of exactly 20% (108,000,000 on 90,000,000) is enough", () => {
    const r = clauseResult(ID, input([108_000_000, 90_000_000, 80_000_000]));
    expect(r.status).toBe("eligible");
  });

  it("growth of 10% is not enough", () => {
    const r = clauseResult(ID, input([110_000_000, 99_999_999, 80_000_000]));
    expect(r.status).toBe("ineligible");
  });

  it("moving from 480,000,000 to 600,000,000 first reaches CNY 500M: 2,000,000 − 1,000,000 for the CNY 100M tier reached before = 1,000,000", () => {
    const r = clauseResult(ID, input([600_000_000, 480_000_000, 400_000_000]));
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("reaching CNY 1B from 850,000,000 after 2,000,000 received: 5,000,000 − 2,000,000 = 3,000,000", () => {
    const r = clauseResult(
      ID,
      input([1_050_000_000, 850_000_000, 700_000_000], {}, [
        { id: "a1", clauseId: ID, amount: 2_000_000, year: 2024 },
      ]),
    );
    expect(r.amount).toEqual({ min: 0, max: 3_000_000 });
  });

  it("a hydrogen fuel-cell vehicle enterprise also qualifies", () => {
    const r = clauseResult(
      ID,
      input([120_000_000, 90_000_000, 80_000_000], {
        icvEnterprise: false,
        fuelCellVehicleEnterprise: true,
      }),
    );
    expect(r.status).toBe("eligible");
  });

  it("without a technical breakthrough the enterprise is not eligible", () => {
    const r = clauseResult(
      ID,
      input([120_000_000, 90_000_000, 80_000_000], { keyTechBreakthrough: false }),
    );
    expect(r.status).toBe("ineligible");
  });

  it("last year below the year before (上年同比保持增长 not met): not eligible", () => {
    const r = clauseResult(ID, input([120_000_000, 90_000_000, 95_000_000]));
    expect(r.status).toBe("ineligible");
  });
});

describe("high-end-equipment/3-b autonomous-driving road tests (district support, no figure)", () => {
  const ID = "high-end-equipment/3-b";

  it("an ICV enterprise testing in Hangzhou is eligible; the amount is not stated", () => {
    const r = clauseResult(ID, {
      highEndEquipment: { icvEnterprise: true, autonomousDrivingTests: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
    expect(r.amountNote?.zh).toBe("政策原文未明确金额");
  });

  it("an ICV enterprise not testing in Hangzhou is not eligible", () => {
    const r = clauseResult(ID, {
      highEndEquipment: { icvEnterprise: true, autonomousDrivingTests: false },
    });
    expect(r.status).toBe("ineligible");
  });
});
