import { roundOn } from "@/lib/rounds";
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

/** Evaluates and returns one clause's result. */
export function clauseResult(
  id: string,
  input: Parameters<typeof profile>[0],
  asOf: IsoDate = "2025-06-30",
): ClauseResult {
  const policy = id.split("/")[0] as PolicyKey;
  const p = profile(input);
  const result = evaluate(registry, p, roundOn(asOf), { policies: [policy] });
  const found = result.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`clause ${id} not in the registry`);
  return found;
}

export function evaluateProfile(
  input: Parameters<typeof profile>[0],
  asOf: IsoDate = "2025-06-30",
  policies?: readonly PolicyKey[],
) {
  return evaluate(registry, profile(input), roundOn(asOf), policies ? { policies } : {});
}
