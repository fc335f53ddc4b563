import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/s3.2-a renewable energy outside total-consumption control", () => {
  it("new renewable energy use is covered; non-monetary", () => {
    const r = clauseResult("green-energy/s3.2-a", {
      greenEnergy: { renewableOrFeedstockEnergyUse: true },
    });
    expect(r.status).toBe("eligible");
    expect(r.amountNote?.zh).toBe("非资金支持");
  });

  it("none: not covered", () => {
    expect(
      clauseResult("green-energy/s3.2-a", { greenEnergy: { renewableOrFeedstockEnergyUse: false } })
        .status,
    ).toBe("ineligible");
  });
});

describe("green-energy/s3.2-b energy quotas for districts (district-government beneficiary)", () => {
  it("a key district applying as a district government is covered", () => {
    expect(
      clauseResult("green-energy/s3.2-b", {
        enterprise: { roles: ["district-government"] },
        greenEnergy: { keyLayoutDistrict: true },
      }).status,
    ).toBe("eligible");
  });

  it("a district outside the layout is not; an enterprise never collects it", () => {
    expect(
      clauseResult("green-energy/s3.2-b", {
        enterprise: { roles: ["district-government"] },
        greenEnergy: { keyLayoutDistrict: false },
      }).status,
    ).toBe("ineligible");
    expect(
      clauseResult("green-energy/s3.2-b", { greenEnergy: { keyLayoutDistrict: true } })
        .forApplicant,
    ).toBe(false);
  });
});

describe("green-energy/s3.2-c land for green-energy projects", () => {
  it("a green-energy project needing land is covered", () => {
    expect(
      clauseResult("green-energy/s3.2-c", {
        greenEnergy: { sector: "photovoltaic", projectLandNeed: true },
      }).status,
    ).toBe("eligible");
  });

  it("no land need: not covered", () => {
    expect(
      clauseResult("green-energy/s3.2-c", {
        greenEnergy: { sector: "photovoltaic", projectLandNeed: false },
      }).status,
    ).toBe("ineligible");
  });
});
