import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { revenue, sw } from "./fixtures";

const tierProfile = sw({}, { finance: revenue(600_000_000, 400_000_000) });

describe("validity of the software policy: three years from 2022-11-25, to 2025-11-24", () => {
  it("an evaluation dated 2026-03-01 marks the clause expired (the amount is still shown)", () => {
    const r = clauseResult("software/1-a", tierProfile, "2026-03-01");
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 500_000, max: 500_000 });
  });

  it("an evaluation dated 2026-03-01 marks the whole policy expired and counts nothing in the totals", () => {
    const result = evaluateProfile(tierProfile, "2026-03-01", ["software"]);
    expect(result.policies).toEqual([{ key: "software", status: "expired" }]);
    expect(result.totals.overall).toEqual({ min: 0, max: 0 });
  });

  it("2025-11-24 is the last day in force; 2025-11-25 is expired", () => {
    expect(clauseResult("software/1-a", tierProfile, "2025-11-24").status).toBe("eligible");
    expect(clauseResult("software/1-a", tierProfile, "2025-11-25").status).toBe("expired");
  });

  it("2022-11-24 is before the policy took effect", () => {
    expect(clauseResult("software/1-a", tierProfile, "2022-11-24").status).toBe(
      "not-yet-effective",
    );
  });
});
