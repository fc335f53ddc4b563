import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { amountText } from "@/lib/engine/format";
import { renderSteps } from "@/lib/engine/render";
import { endedLabel, lastRoundLabel, roundOf } from "@/lib/engine/round";
import { policyRoundInfo } from "@/lib/policy-rounds";
import { profileSchema } from "@/lib/profile/schema";
import { roundOn } from "@/lib/rounds";
import { resultSections } from "@/components/results/sections";
import { registry } from "@/rules";
import { POLICIES } from "@/rules/policies";
import { icDesigner } from "./fixtures";

// The IC policy runs 2022-08-08 … 2026-12-31: events of 2026 are claimed in the 2027 round, its
// last; from the 2028 round on it has ended. The facts tests/e2e/ic-rounds.spec.ts reads on screen.
const IC = POLICIES["integrated-circuits"];
const profile = profileSchema.parse(icDesigner);
const evaluateOn = (day: string) => evaluate(registry, profile, roundOn(day));
const icClauses = (r: ReturnType<typeof evaluateOn>) =>
  r.clauses.filter((c) => c.policy === "integrated-circuits");

describe("an IC designer's 2026 first tape-out, by the day the self-check is used", () => {
  it("on 2027-02-01 the open round is 2027 (events of 2026); on 2028-02-01 it is 2028", () => {
    expect(roundOn("2027-02-01")).toEqual(roundOf(2027));
    expect(roundOn("2028-02-01")).toEqual(roundOf(2028));
  });

  it("round 2027: 4-a pays 15% × 40,000,000 = 6,000,000 (under the 20,000,000 cap and 30% × 200,000,000 = 60,000,000), the whole total", () => {
    const r = evaluateOn("2027-02-01");
    const c = r.clauses.find((x) => x.id === "integrated-circuits/4-a")!;
    expect(c.status).toBe("eligible");
    expect(c.amount).toEqual({ min: 0, max: 6_000_000 });
    expect(amountText(c.amount!, "zh")).toBe("最高 6,000,000 元");
    expect(renderSteps(c.items[0]!.steps, "zh")).toContain(
      "首次流片费用 40,000,000 元；× 15% = 6,000,000",
    );
    expect(r.totals.overall).toEqual({ min: 0, max: 6_000_000 });
    expect(resultSections(r).needsInfo.map((g) => g.policy)).toEqual(["integrated-circuits"]);
  });

  it("round 2027 is the IC policy's last round, with the warning that 2026's events can still be claimed", () => {
    const r = evaluateOn("2027-02-01");
    expect(r.policies).toEqual([
      {
        key: "integrated-circuits",
        status: "in-force",
        roundStatus: "last-round",
        lastRound: 2027,
      },
    ]);
    const info = policyRoundInfo(IC, roundOf(2027));
    expect(lastRoundLabel(info.lastRound).zh).toBe("最后一轮：2027 年申报 2026 年度事项");
    expect(info.warning?.zh).toBe("集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报");
  });

  it("round 2028: every IC clause has ended (last round 2027); 4-a would have given 6,000,000 but the total is 0", () => {
    const r = evaluateOn("2028-02-01");
    expect(r.policies).toEqual([
      { key: "integrated-circuits", status: "expired", roundStatus: "ended", lastRound: 2027 },
    ]);
    expect(endedLabel(2027).zh).toBe("已结束，最后一轮 2027 年申报");
    expect(new Set(icClauses(r).map((c) => c.status))).toEqual(new Set(["expired"]));
    expect(r.totals.overall).toEqual({ min: 0, max: 0 });
    const out = resultSections(r).outOfForce;
    expect(out.map((g) => [g.policy, g.status])).toEqual([["integrated-circuits", "expired"]]);
    expect(out[0]!.wouldHave.map((c) => [c.id, amountText(c.amount!, "zh")])).toEqual([
      ["integrated-circuits/4-a", "最高 6,000,000 元"],
    ]);
    expect(resultSections(r).needsInfo).toEqual([]);
    expect(resultSections(r).eligible).toEqual([]);
    expect(policyRoundInfo(IC, roundOf(2028)).warning).toBeUndefined();
  });
});
