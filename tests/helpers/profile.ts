import { roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { evaluate } from "@/lib/engine/evaluate";
import type { ClauseResult, IsoDate, PolicyKey } from "@/lib/engine/types";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { registry } from "@/rules";

/**
 * Loose test input: plain JSON as a client would send it. It goes through the real schema, so a
 * wrong field name or value fails loudly at parse time instead of at compile time.
 */
export type TestProfileInput = { readonly [section: string]: unknown };

/** Parses a partial profile through the real schema, so tests use what users can send. */
export function profile(input: TestProfileInput = {}): Profile {
  return profileSchema.parse({ enterprise: {}, ...input });
}

/**
 * The input with the applicant in `policy`'s field (its scope, readings rule 13) unless the input
 * states the industries or fields itself: clause tests are about the clause, scope tests say so.
 */
function inField(input: TestProfileInput = {}, policies: readonly PolicyKey[]): TestProfileInput {
  const enterprise = (input.enterprise ?? {}) as Record<string, unknown>;
  if ("industries" in enterprise || "fields" in enterprise) return input;
  return { ...input, enterprise: { ...enterprise, fields: [...policies] } };
}

/**
 * The round to evaluate: a year is the application round itself (2027: events of 2026); a day
 * picks the round open or next to open then (2025-06-30: the 2025 round, events of 2024).
 */
export type When = IsoDate | number;
const roundFor = (when: When) => (typeof when === "number" ? roundOf(when) : roundOn(when));

/** Evaluates and returns one clause's result, for an applicant in the clause's field by default. */
export function clauseResult(
  id: string,
  input: Parameters<typeof profile>[0],
  when: When = "2025-06-30",
): ClauseResult {
  const policy = id.split("/")[0] as PolicyKey;
  const p = profile(inField(input, [policy]));
  const result = evaluate(registry, p, roundFor(when), { policies: [policy] });
  const found = result.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`clause ${id} not in the registry`);
  return found;
}

/** Evaluates a profile; with `policies`, for an applicant in their fields unless the input says. */
export function evaluateProfile(
  input: Parameters<typeof profile>[0],
  when: When = "2025-06-30",
  policies?: readonly PolicyKey[],
) {
  if (!policies) return evaluate(registry, profile(input), roundFor(when));
  return evaluate(registry, profile(inField(input, policies)), roundFor(when), { policies });
}
