import { roundOf } from "@/lib/engine/round";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isAnswered } from "@/components/wizard/locate";
import { evaluate } from "@/lib/engine/evaluate";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { openReads } from "@/lib/profile/open-reads";
import { parseProfile } from "@/lib/profile/parse";
import type { Profile } from "@/lib/profile/schema";
import { factsOfSteps, START_FACTS, wizardSteps } from "@/lib/profile/wizard-steps";
import { ALL_CLAUSES, registry } from "@/rules";
import { profile } from "@/tests/helpers/profile";

const ASOF = roundOf(2025);
const READS = new Map(ALL_CLAUSES.map((c) => [c.id, c.reads as readonly string[]]));

/** The fields the wizard shows for a profile: before (all the clauses read) and after (open only). */
function questions(
  json: unknown,
  p: Profile,
  result: EvaluationResult,
  withOpen: boolean,
): string[] {
  const options = { policies: p.enterprise.industries as PolicyKey[], roles: p.enterprise.roles };
  const open = withOpen
    ? openReads(
        result.clauses,
        (id) => READS.get(id),
        (f) => isAnswered(json, f, true),
      )
    : undefined;
  return factsOfSteps(wizardSteps(ALL_CLAUSES, { ...options, open }));
}

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((file) => {
    const json: unknown = JSON.parse(readFileSync(`examples/${file}`, "utf8"));
    const parsed = parseProfile(json);
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return {
      file,
      json,
      profile: parsed.profile,
      result: evaluate(registry, parsed.profile, ASOF),
    };
  });

describe("only the questions that matter", () => {
  it("asks fewer questions on every biomedicine example, and never more on any", () => {
    const rows = examples.map((e) => ({
      example: e.file.replace(/\.json$/, ""),
      before: questions(e.json, e.profile, e.result, false).length,
      after: questions(e.json, e.profile, e.result, true).length,
    }));
    console.table(rows);
    for (const r of rows.filter((x) => x.example.startsWith("biomedicine-")))
      expect(r.after, r.example).toBeLessThan(r.before);
    for (const r of rows) expect(r.after, r.example).toBeLessThanOrEqual(r.before);
  });

  it("still asks every unanswered question a needs-info clause is waiting for (no dead end)", () => {
    for (const e of examples) {
      const shown = new Set([...START_FACTS, ...questions(e.json, e.profile, e.result, true)]);
      for (const c of e.result.clauses) {
        if (c.status !== "needs-info" || !c.forApplicant) continue;
        const open = c.questions.filter((q) => !isAnswered(e.json, q));
        if (open.length === 0) continue;
        expect(
          open.some((q) => shown.has(q)),
          `${e.file} ${c.id}: ${open.join(", ")}`,
        ).toBe(true);
      }
    }
  });

  it("does not ask a class-1 drug in phase II about consistency evaluation or MAH contracts", () => {
    const json = {
      enterprise: { name: "杭州示例生物医药有限公司", industries: ["biomedicine"] },
      biomedicine: {
        drugs: [
          {
            id: "d1",
            name: "SX-01 片",
            drugType: "chemical",
            registrationClass: "1",
            clinicalPhase: "II",
            rdInvestment: 30_000_000,
          },
        ],
        mahCommissioning: { commissionsHangzhouManufacturer: false },
      },
    };
    const p = profile(json);
    const before = questions(json, p, evaluate(registry, p, ASOF), false);
    const after = questions(json, p, evaluate(registry, p, ASOF), true);
    console.log(
      `class-1 drug in phase II: ${before.length} questions before, ${after.length} after`,
    );
    // Generic-drug and MAH contract facts are asked before, not after.
    for (const f of [
      "biomedicine.drugs[].consistencyEvaluationPassed",
      "biomedicine.mahCommissioning.contractValueCurrent",
    ]) {
      expect(before, f).toContain(f);
      expect(after, f).not.toContain(f);
    }
    // The answer that ruled MAH out stays, so it can be changed.
    expect(after).toContain("biomedicine.mahCommissioning.commissionsHangzhouManufacturer");
    expect(after).toContain("biomedicine.drugs[].rdInvestment");
  });
});
