import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";

describe("green-energy/4.3-a zero-carbon parks", () => {
  const ID = "green-energy/4.3-a";
  const park = (level: string, year = 2024) => ({
    enterprise: { roles: ["park-investor" as const] },
    greenEnergy: { zeroCarbonParkLevel: level, zeroCarbonParkAcceptanceYear: year },
  });

  it("a provincial zero-carbon park accepted in 2024: up to 2,000,000 to its investor (均为最高标准)", () => {
    const r = clauseResult(ID, park("provincial"));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 2_000_000 });
  });

  it("a national park accepted in 2023 (the first year counted) also qualifies", () => {
    expect(clauseResult(ID, park("national", 2023)).amount).toEqual({
      min: 0,
      max: 2_000_000,
    });
  });

  it("a city-level park is below provincial level", () => {
    expect(clauseResult(ID, park("city")).status).toBe("ineligible");
  });

  it("an ordinary enterprise profile does not collect this park-investor award", () => {
    const r = clauseResult(ID, {
      greenEnergy: { zeroCarbonParkLevel: "provincial", zeroCarbonParkAcceptanceYear: 2024 },
    });
    expect(r.forApplicant).toBe(false);
    expect(r.status).toBe("ineligible");
  });
});

describe("green-energy/4.3-b green low-carbon factories (moving up pays the difference)", () => {
  const ID = "green-energy/4.3-b";
  const factory = (
    level: string,
    o: { year?: number; earlier?: string; awards?: unknown[] } = {},
  ) => ({
    greenEnergy: {
      greenFactoryLevel: level,
      greenFactoryYear: o.year ?? 2024,
      greenFactoryEarlierLevel: o.earlier,
    },
    awardsReceived: o.awards ?? [],
  });

  it("national, provincial, city: up to 1,000,000, 500,000, 200,000 (均为最高标准)", () => {
    expect(clauseResult(ID, factory("national")).amount).toEqual({
      min: 0,
      max: 1_000_000,
    });
    expect(clauseResult(ID, factory("provincial")).amount).toEqual({ min: 0, max: 500_000 });
    expect(clauseResult(ID, factory("city")).amount).toEqual({ min: 0, max: 200_000 });
  });

  it("moving from city (200,000 received) to national pays 1,000,000 − 200,000 = 800,000", () => {
    const r = clauseResult(
      ID,
      factory("national", {
        earlier: "city",
        awards: [{ id: "a1", clauseId: ID, amount: 200_000, year: 2023 }],
      }),
    );
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 0, max: 800_000 });
  });

  it("moving from provincial without a recorded award still deducts it: 1,000,000 − 500,000 = 500,000", () => {
    expect(clauseResult(ID, factory("national", { earlier: "provincial" })).amount).toEqual({
      min: 0,
      max: 500_000,
    });
  });

  it("rated in 2025 (the last year) counts; 2022 and 2026 do not", () => {
    expect(clauseResult(ID, factory("city", { year: 2025 })).status).toBe("eligible");
    expect(clauseResult(ID, factory("city", { year: 2022 })).status).toBe("ineligible");
    expect(clauseResult(ID, factory("city", { year: 2026 })).status).toBe("ineligible");
  });

  it("the same level already rewarded pays nothing more", () => {
    expect(clauseResult(ID, factory("provincial", { earlier: "provincial" })).status).toBe(
      "ineligible",
    );
  });
});
