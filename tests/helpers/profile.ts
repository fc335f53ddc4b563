import { evaluate } from "@/lib/engine/evaluate";
import type { ClauseResult, IsoDate, PolicyKey } from "@/lib/engine/types";
import { profileSchema, type Profile, type ProfileInput } from "@/lib/profile/schema";
import { registry } from "@/rules";

/** Parses a partial profile through the real schema, so tests use what users can send. */
export function profile(input: Partial<ProfileInput> & { enterprise?: ProfileInput["enterprise"] } = {}): Profile {
  return profileSchema.parse({ enterprise: {}, ...input });
}

/** Evaluates and returns one clause's result. */
export function clauseResult(id: string, input: Parameters<typeof profile>[0], asOf: IsoDate = "2025-06-30"): ClauseResult {
  const policy = id.split("/")[0] as PolicyKey;
  const p = profile(input);
  const result = evaluate(registry, p, asOf, { policies: [policy] });
  const found = result.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`clause ${id} not in the registry`);
  return found;
}

export function evaluateProfile(input: Parameters<typeof profile>[0], asOf: IsoDate = "2025-06-30", policies?: readonly PolicyKey[]) {
  return evaluate(registry, profile(input), asOf, policies ? { policies } : {});
}
