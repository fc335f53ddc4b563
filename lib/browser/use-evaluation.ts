import { useMemo, useState } from "react";
import { evaluate, type Registry } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult } from "@/lib/engine/types";
import type { ParseResult } from "@/lib/profile/parse";
import { parseDraft } from "./parse-draft";
import type { Profile } from "@/lib/profile/schema";

export type Evaluation = {
  readonly parsed: ParseResult;
  /** The last valid profile's result; null until the profile has been valid once. */
  readonly result: EvaluationResult | null;
  /** The profile used for the result. */
  readonly profile: Profile | null;
  /** True while the draft has errors and the result is the last valid one's. */
  readonly stale: boolean;
};

/**
 * Validates the draft with the profile schema and evaluates it in the browser with the same
 * engine and registry as the API (no result while the registry is still loading: null). While the
 * draft has errors, the last valid result stays.
 */
export function useEvaluation(
  draft: unknown,
  roundYear: number,
  lang: Lang,
  registry: Registry | null,
): Evaluation {
  const parsed = useMemo(() => parseDraft(draft, lang, roundYear - 1), [draft, lang, roundYear]);
  const [lastValid, setLastValid] = useState<Profile | null>(null);
  if (parsed.ok && parsed.profile !== lastValid) setLastValid(parsed.profile);
  const profile = parsed.ok ? parsed.profile : lastValid;
  const result = useMemo(
    () => (profile && registry ? evaluate(registry, profile, roundOf(roundYear)) : null),
    [profile, roundYear, registry],
  );
  // One object per evaluation, so that memoised results panels skip renders that leave it as it was.
  return useMemo(() => ({ parsed, result, profile, stale: !parsed.ok }), [parsed, result, profile]);
}
