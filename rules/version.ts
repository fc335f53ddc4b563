import type { PolicyRules } from "@/lib/engine/types";
import { RULES_LOGIC_HASH } from "./version.generated";

/** The rules edition the engine runs; bump the edition when policies are re-read. */
export const RULES_EDITION = "2026.11";

/**
 * "2026.11+<hash>": the hash covers every clause's id, text, validity and parameters, and the
 * source (tokens) of the rule modules and the engine (`logicHash`, default the generated
 * RULES_LOGIC_HASH: conditions and formulas), so a saved evaluation shows when the rules it was
 * computed with have changed. Each version has an entry in rules/changelog.ts.
 */
export function rulesVersionOf(
  policies: readonly PolicyRules[],
  logicHash: string = RULES_LOGIC_HASH,
): string {
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  feed(logicHash);
  for (const p of policies) {
    feed(JSON.stringify(p.policy.validity));
    for (const c of p.clauses)
      feed(
        JSON.stringify([
          c.id,
          c.text,
          c.kind,
          c.validity ?? null,
          c.params,
          c.exclusiveGroup ?? null,
          c.clauseCap ?? null,
          c.amendedParams ?? null,
        ]),
      );
    for (const g of p.capGroups ?? [])
      feed(JSON.stringify([g.id, g.clauses, typeof g.cap === "number" ? g.cap : g.text]));
  }
  return `${RULES_EDITION}+${h.toString(16).padStart(8, "0")}`;
}
