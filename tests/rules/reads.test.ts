import { roundOf } from "@/lib/engine/round";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { POLICY_KEYS } from "@/lib/engine/types";
import { profileSchema } from "@/lib/profile/schema";
import { findClause, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => profileSchema.parse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))));
const profiles = [...examples, ...fc.sample(arbitraryProfile, { numRuns: 300, seed: 7 })];

/**
 * A list is asked where its items' fields are. The applicant's roles and fields (the scope, asked
 * on the start step) and the awards already received (the common section, read by the engine for
 * 不得同时享受) are asked of everyone.
 */
const ASKED_OF_EVERYONE = new Set([
  "enterprise.roles",
  "enterprise.fields",
  "awardsReceived[].clauseId",
  "awardsReceived[].itemKey",
]);
const covered = (reads: ReadonlySet<string>, fact: string) =>
  ASKED_OF_EVERYONE.has(fact) ||
  reads.has(fact) ||
  [...reads].some((r) => r.startsWith(`${fact}[].`));

describe("a clause's reads cover every fact its conditions cite (the wizard asks exactly the reads)", () => {
  it("over the examples and 300 generated profiles, no condition cites a fact outside its clause's reads", () => {
    const missing = new Set<string>();
    for (const p of profiles) {
      const r = evaluate(
        registry,
        {
          ...p,
          enterprise: {
            ...p.enterprise,
            roles: [...new Set([...p.enterprise.roles, "enterprise" as const])],
          },
        },
        roundOf(2025),
        { policies: POLICY_KEYS },
      );
      for (const c of r.clauses) {
        if (!c.forApplicant) continue;
        const clause = findClause(c.id)!;
        // The list an item source reads is asked by the engine itself when unanswered.
        const reads = new Set<string>([
          ...clause.reads,
          ...(clause.items ? [clause.items.path] : []),
        ]);
        for (const it of c.items)
          for (const cond of it.conditions)
            for (const f of cond.facts) if (!covered(reads, f)) missing.add(`${c.id}: ${f}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});
