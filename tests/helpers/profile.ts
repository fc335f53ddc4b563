import { roundOn } from "@/lib/rounds";
import { roundOf } from "@/lib/engine/round";
import { evaluate } from "@/lib/engine/evaluate";
import type { ClauseResult, IsoDate, PolicyKey } from "@/lib/engine/types";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { registry } from "@/rules";

/**
 * Loose test input: plain JSON as a client would send it. It goes through the real schema, so a
 * wrong field name or value fails loudly at parse time instead of at compile time.
 */
export type TestProfileInput = { readonly [section: string]: unknown };

/**
 * Parses a partial profile through the real schema, so tests use what users can send. Yearly
 * figures written as version 1 wrote them (`finance.current`, `finance.previous`) are placed
 * relative to `eventYear` (2024 unless given: the default round's events), so a test about a
 * clause does not restate the year.
 */
export function profile(input: TestProfileInput = {}, eventYear = 2024): Profile {
  const upgraded = upgradeProfile({ enterprise: {}, ...input }, eventYear);
  if (!upgraded.ok) throw new Error(upgraded.message.en);
  return profileSchema.parse(upgraded.value);
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
  const round = roundFor(when);
  const p = profile(inField(input, [policy]), round.eventYear);
  const result = evaluate(registry, p, round, { policies: [policy] });
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
  const round = roundFor(when);
  if (!policies) return evaluate(registry, profile(input, round.eventYear), round);
  return evaluate(registry, profile(inField(input, policies), round.eventYear), round, {
    policies,
  });
}
