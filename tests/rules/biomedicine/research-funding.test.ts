import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

const carrier = (provincialFundingReceived: number | undefined, nationalMajorCarrier = true) => ({
  biomedicine: {
    innovationCarriers: [
      { id: "c1", name: "国家生物药技术创新中心", nationalMajorCarrier, provincialFundingReceived },
    ],
  },
});

describe("biomedicine/1 city matching of national innovation carriers", () => {
  it("provincial funding 20,000,000 received: 50% × 20,000,000 = 10,000,000, fixed by the text", () => {
    const r = clauseResult("biomedicine/1", carrier(20_000_000));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 10_000_000, max: 10_000_000 });
  });

  it("60,000,000 received reaches the 30,000,000 cap exactly; 80,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/1", carrier(60_000_000)).amount).toEqual({
      min: 30_000_000,
      max: 30_000_000,
    });
    expect(clauseResult("biomedicine/1", carrier(80_000_000)).amount).toEqual({
      min: 30_000_000,
      max: 30_000_000,
    });
  });

  it("the cap covers the carrier once: 10,000,000 already matched leaves 30,000,000 − 10,000,000 = 20,000,000", () => {
    const r = clauseResult("biomedicine/1", {
      ...carrier(80_000_000),
      awardsReceived: [
        { id: "a1", clauseId: "biomedicine/1", itemKey: "c1", amount: 10_000_000, year: 2023 },
      ],
    });
    expect(r.amount).toEqual({ min: 20_000_000, max: 20_000_000 });
  });

  it("a carrier that is not national-level is not eligible", () => {
    const r = clauseResult("biomedicine/1", carrier(20_000_000, false));
    expect(r.status).toBe("ineligible");
    expect(r.amount).toBeNull();
  });

  it("without the provincial funding figure the clause asks for it", () => {
    const r = clauseResult("biomedicine/1", carrier(undefined));
    expect(r.status).toBe("needs-info");
    expect(r.questions).toEqual(["biomedicine.innovationCarriers[].provincialFundingReceived"]);
  });
});

describe("biomedicine/2 frontier research and core technologies", () => {
  it("frontier research after review: up to 30,000,000", () => {
    const r = clauseResult("biomedicine/2", { biomedicine: { frontierResearch: true } });
    expect(r.status).toBe("eligible");
    expect(r.requiresReview).toBe(true);
    expect(r.amount).toEqual({ min: 0, max: 30_000_000 });
  });

  it("the 30,000,000 cap covers the applicant once: 30,000,000 already received leaves 0", () => {
    const r = clauseResult("biomedicine/2", {
      biomedicine: { frontierResearch: true },
      awardsReceived: [{ id: "a1", clauseId: "biomedicine/2", amount: 30_000_000, year: 2024 }],
    });
    expect(r.amount).toEqual({ min: 0, max: 0 });
  });

  it("without frontier research the clause does not apply", () => {
    expect(clauseResult("biomedicine/2", { biomedicine: { frontierResearch: false } }).status).toBe(
      "ineligible",
    );
    expect(clauseResult("biomedicine/2", {}).status).toBe("needs-info");
  });
});
