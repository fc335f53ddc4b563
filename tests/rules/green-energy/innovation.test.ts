import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/5.1 open-competition projects", () => {
  it("a winner of a bottleneck-technology project is eligible; the amount is not stated", () => {
    const r = clauseResult("green-energy/5.1", { greenEnergy: { openCompetitionProject: true } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("without such a project it is not eligible", () => {
    expect(
      clauseResult("green-energy/5.1", { greenEnergy: { openCompetitionProject: false } }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/5.2 common-technology platforms (platform beneficiary)", () => {
  it("a qualifying platform is eligible", () => {
    expect(
      clauseResult("green-energy/5.2", {
        enterprise: { roles: ["platform"] },
        greenEnergy: { commonTechPlatform: true },
      }).status,
    ).toBe("eligible");
  });

  it("a platform that does not qualify is not", () => {
    expect(
      clauseResult("green-energy/5.2", {
        enterprise: { roles: ["platform"] },
        greenEnergy: { commonTechPlatform: false },
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/5.3-a technology transfer", () => {
  it("a green-energy enterprise with an industrialisation team is eligible", () => {
    expect(
      clauseResult("green-energy/5.3-a", {
        greenEnergy: { sector: "hydrogen", techTransferProject: true },
      }).status,
    ).toBe("eligible");
  });

  it("without such a project it is not", () => {
    expect(
      clauseResult("green-energy/5.3-a", {
        greenEnergy: { sector: "hydrogen", techTransferProject: false },
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/5.3-b R&D super-deduction", () => {
  it("a green-energy enterprise with R&D expenses is eligible; the amount follows tax law", () => {
    const r = clauseResult("green-energy/5.3-b", {
      greenEnergy: { sector: "energy-storage" },
      finance: { current: { rdExpense: 5_000_000 } },
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no R&D expenses: not eligible", () => {
    expect(
      clauseResult("green-energy/5.3-b", {
        greenEnergy: { sector: "energy-storage" },
        finance: { current: { rdExpense: 0 } },
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/5.3-c innovation vouchers", () => {
  it("a green-energy enterprise using vouchers is eligible", () => {
    expect(
      clauseResult("green-energy/5.3-c", {
        greenEnergy: { sector: "wind", usesInnovationVouchers: true },
      }).status,
    ).toBe("eligible");
  });

  it("not using vouchers: not eligible", () => {
    expect(
      clauseResult("green-energy/5.3-c", {
        greenEnergy: { sector: "wind", usesInnovationVouchers: false },
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/5.3-d first-of-a-kind green-energy equipment", () => {
  it("an enterprise with such equipment is eligible", () => {
    expect(
      clauseResult("green-energy/5.3-d", { greenEnergy: { firstSetEquipment: true } }).status,
    ).toBe("eligible");
  });

  it("without it: not eligible", () => {
    expect(
      clauseResult("green-energy/5.3-d", { greenEnergy: { firstSetEquipment: false } }).status,
    ).toBe("ineligible");
  });
});
