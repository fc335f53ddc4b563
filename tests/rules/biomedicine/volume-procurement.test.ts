import { describe, expect, it } from "vitest";
import { clauseResult } from "@/tests/helpers/profile";
import type { BiomedicineInput } from "./fixtures";

type Win = NonNullable<BiomedicineInput["procurementWins"]>[number];
const wins = (...procurementWins: Win[]) => ({ biomedicine: { procurementWins } });
const win = (winningBidTotal: number, level: Win["level"] = "national", id = "v1"): Win => ({
  id,
  name: `中选品种 ${id}`,
  level,
  winningBidTotal,
});

describe("biomedicine/14 volume-based procurement", () => {
  it("national win of 50,000,000: 3% × 50,000,000 = 1,500,000", () => {
    const r = clauseResult("biomedicine/14", wins(win(50_000_000)));
    expect(r.status).toBe("eligible");
    expect(r.amount).toEqual({ min: 1_500_000, max: 1_500_000 });
  });

  it("provincial win of 100,000,000 reaches the 3,000,000 cap per variety exactly; 200,000,000 is held to it", () => {
    expect(clauseResult("biomedicine/14", wins(win(100_000_000, "provincial"))).amount).toEqual({
      min: 3_000_000,
      max: 3_000_000,
    });
    expect(clauseResult("biomedicine/14", wins(win(200_000_000))).amount).toEqual({
      min: 3_000_000,
      max: 3_000_000,
    });
  });

  it("two varieties are capped separately: 3,000,000 + 600,000 = 3,600,000", () => {
    expect(
      clauseResult("biomedicine/14", wins(win(200_000_000), win(20_000_000, "national", "v2")))
        .amount,
    ).toEqual({ min: 3_600_000, max: 3_600_000 });
  });

  it("the cap covers the variety once: 1,000,000 received earlier leaves 2,000,000", () => {
    const r = clauseResult("biomedicine/14", {
      ...wins(win(200_000_000)),
      awardsReceived: [
        { id: "a1", clauseId: "biomedicine/14", itemKey: "v1", amount: 1_000_000, year: 2024 },
      ],
    });
    expect(r.amount).toEqual({ min: 2_000_000, max: 2_000_000 });
  });

  it("a city or alliance procurement is not eligible", () => {
    expect(clauseResult("biomedicine/14", wins(win(50_000_000, "other"))).status).toBe(
      "ineligible",
    );
  });
});
