import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/3.3-a niche champions", () => {
  const ID = "green-energy/3.3-a";

  it("a PV enterprise recognised as a little giant is eligible; the amount is not stated", () => {
    const r = clauseResult(ID, {
      greenEnergy: { sector: "photovoltaic" },
      honours: [{ id: "h1", kind: "little-giant", year: 2024 }],
    });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("a high-tech enterprise without a niche honour is not eligible", () => {
    expect(
      clauseResult(ID, {
        greenEnergy: { sector: "photovoltaic" },
        honours: [{ id: "h1", kind: "high-tech" }],
      }).status,
    ).toBe("ineligible");
  });

  it("an enterprise outside green energy is not eligible", () => {
    expect(
      clauseResult(ID, {
        greenEnergy: { sector: "not-green-energy" },
        honours: [{ id: "h1", kind: "single-champion" }],
      }).status,
    ).toBe("ineligible");
  });
});

describe("green-energy/3.3-b standards", () => {
  const ID = "green-energy/3.3-b";

  it("leading a national standard is eligible; the amount is not stated", () => {
    const r = clauseResult(ID, { greenEnergy: { sector: "wind", standardRole: "led-national" } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toBeNull();
  });

  it("no standard work: not eligible", () => {
    expect(clauseResult(ID, { greenEnergy: { sector: "wind", standardRole: "none" } }).status).toBe(
      "ineligible",
    );
  });
});

describe("green-energy/3.3-c government quality awards", () => {
  const ID = "green-energy/3.3-c";

  it("a winner of a government quality award is eligible", () => {
    expect(
      clauseResult(ID, { greenEnergy: { sector: "hydrogen", governmentQualityAward: true } })
        .status,
    ).toBe("eligible");
  });

  it("no award: not eligible", () => {
    expect(
      clauseResult(ID, { greenEnergy: { sector: "hydrogen", governmentQualityAward: false } })
        .status,
    ).toBe("ineligible");
  });
});
