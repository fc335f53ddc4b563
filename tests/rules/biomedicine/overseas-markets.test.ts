import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { device, drug, type DeviceInput, type DrugInput } from "./fixtures";

const abroadDrug = (id: string, over: Partial<DrugInput> = {}) =>
  drug({ id, name: `出海药品 ${id}`, overseasApproval: true, overseasSales: true, ...over });
const abroadDevice = (id: string, over: Partial<DeviceInput> = {}) =>
  device({ id, name: `出海器械 ${id}`, overseasAccess: true, overseasSales: true, ...over });
const range = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe("biomedicine/17-a drugs approved abroad", () => {
  it("first FDA approval and sales abroad: up to 1,000,000 per product", () => {
    const r = clauseResult("biomedicine/17-a", { biomedicine: { drugs: [abroadDrug("d1")] } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 1_000_000 });
  });

  it("approved but not yet sold abroad: not eligible", () => {
    expect(
      clauseResult("biomedicine/17-a", {
        biomedicine: { drugs: [abroadDrug("d1", { overseasSales: false })] },
      }).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/17-b class-III devices with foreign market access", () => {
  it("a class-III device with CE access and sales abroad: up to 500,000", () => {
    const r = clauseResult("biomedicine/17-b", { biomedicine: { devices: [abroadDevice("m1")] } });
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 500_000 });
  });

  it("10 devices reach the 5,000,000 yearly cap exactly; 11 devices (5,500,000) are held to it", () => {
    expect(
      clauseResult("biomedicine/17-b", {
        biomedicine: { devices: range(10, "m").map((id) => abroadDevice(id)) },
      }).amount,
    ).toEqual({ min: 0, max: 5_000_000 });
    expect(
      clauseResult("biomedicine/17-b", {
        biomedicine: { devices: range(11, "m").map((id) => abroadDevice(id)) },
      }).amount,
    ).toEqual({ min: 0, max: 5_000_000 });
  });

  it("a class-II device is not eligible", () => {
    expect(
      clauseResult("biomedicine/17-b", {
        biomedicine: { devices: [abroadDevice("m1", { deviceClass: "II" })] },
      }).status,
    ).toBe("ineligible");
  });
});

describe("the article's 5,000,000 yearly cap covers drugs and devices together (reading)", () => {
  it("3 drugs (3,000,000) and 6 devices (3,000,000): 17-a keeps 3,000,000, 17-b is cut to 2,000,000", () => {
    const r = evaluateProfile(
      {
        biomedicine: {
          drugs: range(3, "d").map((id) => abroadDrug(id)),
          devices: range(6, "m").map((id) => abroadDevice(id)),
        },
      },
      "2025-06-30",
      ["biomedicine"],
    );
    expect(r.clauses.find((c) => c.id === "biomedicine/17-a")!.amount).toEqual({
      min: 0,
      max: 3_000_000,
    });
    expect(r.clauses.find((c) => c.id === "biomedicine/17-b")!.amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });
});
