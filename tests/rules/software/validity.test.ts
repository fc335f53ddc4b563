import { describe, expect, it } from "vitest";
import { clauseResult, evaluateProfile } from "@/tests/helpers/profile";
import { revenue, sw } from "./fixtures";

const tierProfile = sw({}, { finance: revenue(600_000_000, 400_000_000) });

describe("validity of the software policy: three years from 2022-11-25, to 2025-11-24", () => {
  it("the 2027 round (events of 2026) marks the clause expired (the amount is still shown)", () => {
    const r = clauseResult("software/1-a", tierProfile, 2027);
    expect(r.status).toBe("expired");
    expect(r.amount).toEqual({ min: 500_000, max: 500_000 });
  });

  it("the 2027 round marks the whole policy ended, last round 2026, and counts nothing in the totals", () => {
    const result = evaluateProfile(tierProfile, 2027, ["software"]);
    expect(result.policies).toEqual([
      { key: "software", status: "expired", roundStatus: "ended", lastRound: 2026 },
    ]);
    expect(result.totals.overall).toEqual({ min: 0, max: 0 });
  });

  it("events of 2025 (to the last day, 2025-11-24) are claimable in the 2026 round, its last; the trace excludes events after 2025-11-24", () => {
    const r = clauseResult("software/1-a", tierProfile, 2026);
    expect(r.status).toBe("eligible");
    expect(r.steps).toContainEqual({
      op: "note",
      text: {
        zh: "2025 年度事项计算至 2025-11-24：此后发生的事项不予支持",
        en: "Events of 2025 count until 2025-11-24: later events are excluded",
      },
    });
    expect(evaluateProfile(tierProfile, 2026, ["software"]).policies[0]!.roundStatus).toBe(
      "last-round",
    );
  });

  it("the 2023 round has events of 2022 from 2022-11-25 (noted); the 2022 round (events of 2021) is before the policy", () => {
    const r = clauseResult("software/1-a", tierProfile, 2023);
    expect(r.status).toBe("eligible");
    expect(r.steps[0]).toMatchObject({ op: "note" });
    expect(clauseResult("software/1-a", tierProfile, 2022).status).toBe("not-yet-effective");
  });
});
