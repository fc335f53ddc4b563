import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { paramsForRound } from "@/lib/engine/amendments";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { roundOf } from "@/lib/engine/round";
import { t } from "@/lib/engine/text";
import type { ClauseResult, Params } from "@/lib/engine/types";
import { clauseDetail } from "@/lib/api/serialise-rules";
import { ALL_CLAUSES, registry } from "@/rules";
import { profile, type TestProfileInput } from "@/tests/helpers/profile";
import { withAmendment } from "@/tests/helpers/with-amendment";

// synthetic-biology/1: 25% of the national/provincial funding received, at most 5,000,000 a
// project and a year (clauseCap names its `cap` parameter). The policy runs 2023-10-09 … 2028-12-31.
const ID = "synthetic-biology/1";
const newCap = param.yuan(wan(300), t("资助金额最高不超过", "funding cap"));
/** A test amendment: from 2026-07-01 the cap is 3,000,000 (the real text has none). */
const amended = withAmendment(registry, ID, { "2026-07-01": { cap: newCap } });

const projects = (...funding: number[]): TestProfileInput => ({
  enterprise: { fields: ["synthetic-biology"] },
  sciTechProjects: funding.map((fundingReceived, i) => ({
    id: `st${i + 1}`,
    name: `国家重点研发计划“合成生物学”专项课题 ${i + 1}`,
    level: "provincial",
    industries: ["synthetic-biology"],
    keySpecialProgramme: true,
    fundingReceived,
  })),
});

function clauseIn(rules: typeof registry, year: number, input: TestProfileInput, id = ID) {
  const result = evaluate(rules, profile(input), roundOf(year), {
    policies: ["synthetic-biology"],
  });
  return result.clauses.find((c) => c.id === id)!;
}

const notes = (c: ClauseResult) => c.steps.flatMap((s) => (s.op === "note" ? [s.text.zh] : []));
const clauseCaps = (c: ClauseResult) => c.steps.flatMap((s) => (s.op === "cap" ? [s.cap] : []));
const NOTE = "资助金额最高不超过自 2026-07-01 起调整：该日之后发生的事项按新标准计算";

describe("a clause's amended cap (dated parameter values), picked by the round's event year", () => {
  it("round 2026 (events of 2025, before 2026-07-01): 25% × 12,000,000 + 25% × 16,000,000 = 3,000,000 + 4,000,000 = 7,000,000 held to the old 5,000,000", () => {
    const c = clauseIn(amended, 2026, projects(12_000_000, 16_000_000));
    expect(c.items.map((i) => i.amount?.max)).toEqual([3_000_000, 4_000_000]);
    expect(c.amount).toEqual({ min: 0, max: 5_000_000 });
    expect(clauseCaps(c)).toEqual([5_000_000]);
    expect(notes(c)).toEqual([]);
  });

  it("round 2027 (events of 2026, the amendment's year): 7,000,000 still held to 5,000,000 (the version in force on 2026-01-01), with the change of 2026-07-01 noted in the trace", () => {
    const c = clauseIn(amended, 2027, projects(12_000_000, 16_000_000));
    expect(c.amount).toEqual({ min: 0, max: 5_000_000 });
    expect(clauseCaps(c)).toEqual([5_000_000]);
    expect(notes(c)).toEqual([NOTE]);
  });

  it("round 2028 (events of 2027, after 2026-07-01): 3,000,000 + min(4,000,000, 3,000,000) = 6,000,000 held to the new 3,000,000; no note", () => {
    const c = clauseIn(amended, 2028, projects(12_000_000, 16_000_000));
    expect(c.items.map((i) => i.amount?.max)).toEqual([3_000_000, 3_000_000]);
    expect(c.amount).toEqual({ min: 0, max: 3_000_000 });
    expect(clauseCaps(c)).toEqual([3_000_000]);
    expect(notes(c)).toEqual([]);
  });

  it("round 2028, one project: 25% × 24,000,000 = 6,000,000 held to 3,000,000 per project; without the amendment to 5,000,000", () => {
    expect(clauseIn(amended, 2028, projects(24_000_000)).amount?.max).toBe(3_000_000);
    expect(clauseIn(registry, 2028, projects(24_000_000)).amount?.max).toBe(5_000_000);
  });

  it("an amendment dated 1 January applies to that year's events at once: round 2027 (events of 2026) holds 7,000,000 to 3,000,000, no note", () => {
    const onFirstDay = withAmendment(registry, ID, { "2026-01-01": { cap: newCap } });
    const c = clauseIn(onFirstDay, 2027, projects(12_000_000, 16_000_000));
    expect(c.amount).toEqual({ min: 0, max: 3_000_000 });
    expect(notes(c)).toEqual([]);
    expect(clauseIn(onFirstDay, 2026, projects(12_000_000, 16_000_000)).amount?.max).toBe(
      5_000_000,
    );
  });

  it("the amended rate is read by the amount: from 2027-01-01 20% × 8,000,000 = 1,600,000 (before: 25% × 8,000,000 = 2,000,000)", () => {
    const rate = param.rate(percent(20), t("按国家、省实际到账资助经费的比例", "share received"));
    const rules = withAmendment(registry, ID, { "2027-01-01": { rate } });
    expect(clauseIn(rules, 2027, projects(8_000_000)).amount?.max).toBe(2_000_000);
    expect(clauseIn(rules, 2028, projects(8_000_000)).amount?.max).toBe(1_600_000);
  });

  it("the amended threshold is read by the conditions: synthetic-biology/2 above 20,000,000 from 2027-01-01, so R&D 15,000,000 pays 10% × 15,000,000 = 1,500,000 in round 2027 and misses by 5,000,000 in round 2028", () => {
    const threshold = param.yuan(wan(2000), t("当年研发投入超过", "R&D investment above"));
    const rules = withAmendment(registry, "synthetic-biology/2", { "2027-01-01": { threshold } });
    const rd = {
      enterprise: { fields: ["synthetic-biology"] },
      syntheticBiology: { recognisedEnterprise: true },
      // R&D of 2026 (round 2027) and of 2027 (round 2028).
      finance: { 2026: { rdExpense: 15_000_000 }, 2027: { rdExpense: 15_000_000 } },
    };
    const before = clauseIn(rules, 2027, rd, "synthetic-biology/2");
    expect(before.status).toBe("eligible");
    expect(before.amount?.max).toBe(1_500_000);
    const after = clauseIn(rules, 2028, rd, "synthetic-biology/2");
    expect(after.status).toBe("ineligible");
    expect(after.nearMisses[0]?.gap).toMatchObject({ actual: 15_000_000, required: 20_000_000 });
  });

  it("later amendments stack in date order: 2026-07-01 (3,000,000) then 2027-07-01 (4,000,000) give 5,000,000 / 3,000,000 / 4,000,000 in rounds 2027 / 2028 / 2029", () => {
    const rules = withAmendment(amended, ID, {
      "2027-07-01": { cap: param.yuan(wan(400), newCap.label) },
    });
    const max = (year: number) => clauseIn(rules, year, projects(24_000_000)).amount?.max;
    expect([max(2027), max(2028), max(2029)]).toEqual([5_000_000, 3_000_000, 4_000_000]);
    expect(notes(clauseIn(rules, 2028, projects(24_000_000)))).toEqual([
      "资助金额最高不超过自 2027-07-01 起调整：该日之后发生的事项按新标准计算",
    ]);
  });

  it("a clause without amendments keeps its own parameters in every round", () => {
    const clause = ALL_CLAUSES.find((c) => c.id === ID)!;
    for (const year of [2024, 2027, 2029]) {
      const p = paramsForRound(clause, roundOf(year));
      expect(p.params).toBe(clause.params);
      expect(p.cap).toBe(5_000_000);
      expect(p.notes).toEqual([]);
    }
  });
});

describe("an amendment is data: a new edition of the rules", () => {
  it("the rules version changes when an amendment is added, and differs by its date", () => {
    expect(amended.version).not.toBe(registry.version);
    const other = withAmendment(registry, ID, { "2026-08-01": { cap: newCap } });
    expect(other.version).not.toBe(amended.version);
    expect(withAmendment(registry, ID, { "2026-07-01": { cap: newCap } }).version).toBe(
      amended.version,
    );
  });

  it("every clause cap names the parameter it is, with the same value (so an amendment moves it)", () => {
    const capped = ALL_CLAUSES.filter((c) => c.clauseCap);
    expect(capped.length).toBeGreaterThan(0);
    for (const c of capped) {
      const p = (c.params as Params)[c.clauseCap!.param ?? ""];
      expect(p, c.id).toMatchObject({ unit: "yuan", value: c.clauseCap!.amount });
    }
  });

  it("the clause API lists the dated values beside the parameters; the real clause has none", () => {
    const shown = clauseDetail(amended, ID, roundOf(2028))!.clause;
    expect(shown.parameters.cap).toMatchObject({ unit: "yuan", value: 5_000_000 });
    expect(shown.clauseCap).toMatchObject({ amount: 5_000_000, param: "cap" });
    expect(shown.amendments).toEqual([
      {
        from: "2026-07-01",
        parameters: {
          cap: {
            unit: "yuan",
            value: 3_000_000,
            label: { zh: "资助金额最高不超过", en: "funding cap" },
          },
        },
      },
    ]);
    expect(clauseDetail(registry, ID, roundOf(2028))!.clause.amendments).toEqual([]);
  });
});
