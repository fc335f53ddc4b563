import { describe, expect, it } from "vitest";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import { innovationVoucherAmount, noRelationWithClients } from "@/rules/shared/platforms";

const platform = (o: { noInvestmentRelation?: boolean; techContractValue?: number }) => ({
  id: "P1",
  name: "平台",
  ...o,
});

describe("innovation vouchers of public service platforms", () => {
  it("the platform and its clients must have no investment relationship", () => {
    expect(noRelationWithClients(platform({ noInvestmentRelation: true }))).toMatchObject({
      status: "met",
      facts: ["platforms[].noInvestmentRelation"],
    });
    expect(noRelationWithClients(platform({ noInvestmentRelation: false })).status).toBe("unmet");
    expect(noRelationWithClients(platform({})).status).toBe("unknown");
  });

  it("10% of 15,000,000 = 1,500,000; 10% of 30,000,000 = 3,000,000 is capped at 2,000,000", () => {
    const params = {
      rate: param.rate(percent(10), t("比例", "share")),
      cap: param.yuan(wan(200), t("单个平台每年度上限", "cap per platform per year")),
    };
    const amount = (techContractValue: number) =>
      innovationVoucherAmount({ item: platform({ techContractValue }), params });
    expect(amount(15_000_000)).toMatchObject({ min: 0, max: 1_500_000 });
    expect(amount(30_000_000)).toMatchObject({ min: 0, max: 2_000_000 });
  });
});
