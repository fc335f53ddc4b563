import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { device, drug } from "./fixtures";

const devices = (...list: ReturnType<typeof device>[]) => ({ biomedicine: { devices: list } });

describe("biomedicine/5-a devices in the national innovative special review", () => {
  const special = (over: Parameters<typeof device>[0] = {}) =>
    devices(device({ innovativeSpecialReview: true, ...over }));

  it("R&D 10,000,000: 40% × 10,000,000 = 4,000,000, under the 6,000,000 cap", () => {
    const r = clauseResult("biomedicine/5-a", special());
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 4_000_000 });
  });

  it("R&D 15,000,000: 40% = 6,000,000 reaches the cap exactly; 20,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/5-a", special({ rdInvestment: 15_000_000 })).amount).toEqual({
      min: 0,
      max: 6_000_000,
    });
    expect(clauseResult("biomedicine/5-a", special({ rdInvestment: 20_000_000 })).amount).toEqual({
      min: 0,
      max: 6_000_000,
    });
  });

  it("a device outside the special review or priority procedure is not eligible", () => {
    expect(clauseResult("biomedicine/5-a", devices(device())).status).toBe("ineligible");
  });

  it("a renewed (not first) certificate is not eligible", () => {
    expect(
      clauseResult("biomedicine/5-a", special({ firstRegistrationCertificate: false })).status,
    ).toBe("ineligible");
  });
});

describe("biomedicine/5-b innovative class-II and class-III devices", () => {
  it("class III, R&D 10,000,000: 20% × 10,000,000 = 2,000,000, under the 4,000,000 cap", () => {
    const r = clauseResult("biomedicine/5-b", devices(device()));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("class II, R&D 10,000,000: 2,000,000 reaches the class-II cap exactly; R&D 30,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/5-b", devices(device({ deviceClass: "II" }))).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
    expect(
      clauseResult(
        "biomedicine/5-b",
        devices(device({ deviceClass: "II", rdInvestment: 30_000_000 })),
      ).amount,
    ).toEqual({ min: 0, max: 2_000_000 });
  });

  it("class III, R&D 30,000,000: 6,000,000 is held to 4,000,000", () => {
    expect(
      clauseResult("biomedicine/5-b", devices(device({ rdInvestment: 30_000_000 }))).amount,
    ).toEqual({ min: 0, max: 4_000_000 });
  });

  it("a class-I device, or a class-III device that is not innovative, is not eligible", () => {
    expect(clauseResult("biomedicine/5-b", devices(device({ deviceClass: "I" }))).status).toBe(
      "ineligible",
    );
    expect(clauseResult("biomedicine/5-b", devices(device({ innovative: false }))).status).toBe(
      "ineligible",
    );
  });
});

describe("one device funded once for R&D (OVERLAP.productRnd)", () => {
  it("a class-III device in the special review: 5-a pays 4,000,000, 5-b's 2,000,000 is superseded", () => {
    const r = evaluateProfile(devices(device({ innovativeSpecialReview: true })), "2025-06-30", [
      "biomedicine",
    ]);
    const a = r.clauses.find((c) => c.id === "biomedicine/5-a")!;
    const b = r.clauses.find((c) => c.id === "biomedicine/5-b")!;
    expect(a.amount).toEqual({ min: 0, max: 4_000_000 });
    expect(b.status).toBe("superseded");
    expect(b.supersededBy).toBe("biomedicine/5-a");
    expect(b.amount).toBeNull();
  });

  it("drug and device ids must differ, since both are keyed in the same group", () => {
    const parsed = profileSchema.safeParse({
      enterprise: {},
      biomedicine: { drugs: [drug({ id: "x" })], devices: [device({ id: "x" })] },
    });
    expect(parsed.success).toBe(false);
  });
});
