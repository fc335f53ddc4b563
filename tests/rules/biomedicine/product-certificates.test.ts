import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import { expectNearMiss } from "@/tests/helpers/expect";
import { device, drug, type DeviceInput, type DrugInput } from "./fixtures";

const certifiedDrug = (over: Partial<DrugInput> = {}) =>
  drug({ clinicalPhase: undefined, registrationCertificate: true, ...over });
const certifiedDevice = (over: Partial<DeviceInput> = {}) => device(over);
const products = (drugs: DrugInput[], devices: DeviceInput[] = []) => ({
  biomedicine: { drugs, devices },
});

describe("biomedicine/15-a registration certificates", () => {
  it("a certified, industrialised class-1 new drug: up to 5,000,000", () => {
    const r = clauseResult("biomedicine/15-a", products([certifiedDrug()]));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 5_000_000 });
  });

  it("class-2 new drug 3,000,000; class-4 chemical generic 1,000,000; class-III device 500,000: together 4,500,000", () => {
    const r = clauseResult(
      "biomedicine/15-a",
      products(
        [
          certifiedDrug({ registrationClass: "2" }),
          certifiedDrug({ id: "d2", registrationClass: "4" }),
        ],
        [certifiedDevice()],
      ),
    );
    expect(r.items.map((i) => [i.key, i.amount?.max])).toEqual([
      ["d1", 3_000_000],
      ["d2", 1_000_000],
      ["m1", 500_000],
    ]);
    expect(r.amount).toEqual({ min: 0, max: 4_500_000 });
  });

  it("a chemical generic without a class that passed the consistency evaluation: 1,000,000; a class-3 biologic too", () => {
    const r = clauseResult(
      "biomedicine/15-a",
      products([
        certifiedDrug({ registrationClass: undefined, consistencyEvaluationPassed: true }),
        certifiedDrug({ id: "d2", drugType: "biologic", registrationClass: "3" }),
      ]),
    );
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a class-II device and a class-4 biologic are not listed: not eligible", () => {
    expect(
      clauseResult("biomedicine/15-a", products([], [certifiedDevice({ deviceClass: "II" })]))
        .status,
    ).toBe("ineligible");
    expect(
      clauseResult(
        "biomedicine/15-a",
        products([certifiedDrug({ drugType: "biologic", registrationClass: "4" })]),
      ).status,
    ).toBe("ineligible");
  });

  it("a drug without its registration certificate is not eligible", () => {
    expect(
      clauseResult(
        "biomedicine/15-a",
        products([certifiedDrug({ registrationCertificate: false })]),
      ).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/15-b new local sales within 3 years of certification", () => {
  const selling = (over: Partial<DrugInput> = {}) =>
    certifiedDrug({
      certificateYear: 2023,
      localProduction: true,
      salesPrevious: 10_000_000,
      salesCurrent: 35_000_000,
      ...over,
    });
  // Events of `eventYear`, claimed in the round of the year after.
  const inYear = (eventYear: number, drugs: DrugInput[], devices: DeviceInput[] = []) =>
    clauseResult("biomedicine/15-b", products(drugs, devices), eventYear + 1);

  it("sales 35,000,000 after 10,000,000: new 25,000,000 makes 2 full steps = 1,000,000", () => {
    const r = inYear(2025, [selling()]);
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 1_000_000, max: 1_000_000 });
  });

  it("new sales of exactly 10,000,000 give one step, 500,000; 9,999,999 gives nothing (with the gap)", () => {
    expect(inYear(2025, [selling({ salesCurrent: 20_000_000 })]).amount).toEqual({
      min: 500_000,
      max: 500_000,
    });
    const r = inYear(2025, [selling({ salesCurrent: 19_999_999 })]);
    expectNearMiss(r, { actual: 9_999_999, required: 10_000_000, unit: "yuan", comparator: ">=" });
  });

  it("certified 2023: events of 2023–2025 count (rounds 2024–2026), 2026 does not", () => {
    expect(inYear(2023, [selling()]).status).toBe("eligible");
    expect(inYear(2026, [selling()]).status).toBe("ineligible");
  });

  it("three products with 40,000,000 new sales each: 3 × 2,000,000 = 6,000,000 is held to 5,000,000 a year", () => {
    const r = inYear(
      2025,
      [selling({ salesCurrent: 50_000_000 }), selling({ id: "d2", salesCurrent: 50_000_000 })],
      [
        certifiedDevice({
          id: "m1",
          certificateYear: 2024,
          localProduction: true,
          salesPrevious: 0,
          salesCurrent: 40_000_000,
        }),
      ],
    );
    expect(r.items.map((i) => i.amount?.max)).toEqual([2_000_000, 2_000_000, 2_000_000]);
    expect(r.amount).toEqual({ min: 5_000_000, max: 5_000_000 });
  });

  it("a product not produced locally is not eligible", () => {
    expect(inYear(2025, [selling({ localProduction: false })]).status).toBe("ineligible");
  });

  it("without the certificate year the window cannot be checked: needs information", () => {
    const r = clauseResult("biomedicine/15-b", products([selling({ certificateYear: undefined })]));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toContain("biomedicine.drugs[].certificateYear");
  });
});
