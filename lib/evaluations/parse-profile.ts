import type { Lang } from "@/lib/engine/text";
import { parseProfile, type ParseOptions, type ParseResult } from "@/lib/profile/parse";
import { referenceProblems } from "@/lib/profile/references";
import { ALL_CLAUSES } from "@/rules";

const CLAUSE_IDS: ReadonlySet<string> = new Set(ALL_CLAUSES.map((c) => c.id));

/**
 * Parses a profile as the API, the server actions and the CLI receive it: the schema (strict at
 * every depth) and then the references the schema cannot check against the rules — each
 * `loans[].projectId` names a project of the profile, each `awardsReceived[].clauseId` a clause.
 */
export function parseProfileInput(
  input: unknown,
  lang: Lang = "zh",
  options: ParseOptions = {},
): ParseResult {
  const parsed = parseProfile(input, lang, options);
  if (!parsed.ok) return parsed;
  const problems = referenceProblems(parsed.profile, CLAUSE_IDS, lang);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}
