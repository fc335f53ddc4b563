import { describe, expect, it } from "vitest";
import {
  compactClauses,
  expandCompact,
  policiesFor,
  type CompactResult,
} from "@/lib/evaluations/compact";
import { storedResult } from "@/lib/evaluations/stored-result";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { buildReport } from "@/lib/report/model";
import { profile as parse } from "@/tests/helpers/profile";
import { registry } from "@/rules";

const profile = parse({
  enterprise: { industries: ["biomedicine", "synthetic-biology"], registeredInHangzhou: true },
  finance: { current: { rdExpense: 20_000_000, revenue: 200_000_000 } },
  syntheticBiology: { recognisedEnterprise: true },
  biomedicine: {
    drugs: [
      {
        id: "d1",
        name: "创新药",
        drugType: "chemical",
        registrationClass: "1",
        clinicalPhase: "II",
        licensedAndIndustrialised: true,
        rdInvestment: 30_000_000,
      },
    ],
  },
});

describe("a compact evaluation (clients saved from a batch)", () => {
  const full = evaluate(registry, profile, roundOf(2025));
  const compact: CompactResult = {
    compact: 1,
    round: 2025,
    rulesVersion: full.rulesVersion,
    policies: policiesFor(profile.enterprise.industries),
    clauses: compactClauses(full),
  };

  it("keeps per clause status and amount, and reads back with the same totals", () => {
    const back = storedResult(JSON.stringify(compact), 2025);
    expect(back.totals.overall).toEqual(full.totals.overall);
    expect(back.totals.fixed).toEqual(full.totals.fixed);
    expect(back.totals.upTo).toEqual(full.totals.upTo);
    expect(back.totals.toWin).toEqual(full.totals.toWin);
    // The drug: phase II, 3000万 × 40% = 1200万 to win.
    expect(back.totals.toWin.max).toBeGreaterThanOrEqual(12_000_000);
    const kept = (r: typeof full) =>
      r.clauses
        .filter((c) => c.forApplicant && (c.status === "eligible" || c.status === "needs-info"))
        .map((c) => [c.id, c.status, c.amount, c.certainty]);
    expect(kept(back)).toEqual(kept(full));
    expect(back.policies.map((p) => p.key)).toEqual(full.policies.map((p) => p.key));
  });

  it("is small: a few kB where the full result takes far more", () => {
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(full).length / 10);
  });

  it("builds a report like any saved result", () => {
    const report = buildReport({
      profile,
      result: expandCompact(compact),
      lang: "zh",
      printedAt: "2025-06-30T08:00:00Z",
    });
    expect(report.round).toEqual(full.round);
  });
});
