import type { Registry } from "@/lib/engine/evaluate";
import type { IsoDate, Params, PolicyRules } from "@/lib/engine/types";
import { rulesVersionOf } from "@/rules/version";

/**
 * The registry with later versions of some of one clause's parameters, each keyed by the day it
 * takes effect (`amendedParams`): an amendment or a successor text added as data, never as code.
 * A new edition of the rules, so its version differs.
 */
export function withAmendment(
  rules: Registry,
  clauseId: string,
  dated: Readonly<Record<IsoDate, Params>>,
): Registry {
  let found = false;
  const policies: PolicyRules[] = rules.policies.map((p) =>
    p.clauses.some((c) => c.id === clauseId)
      ? {
          ...p,
          clauses: p.clauses.map((c) => {
            if (c.id !== clauseId) return c;
            found = true;
            return { ...c, amendedParams: { ...c.amendedParams, ...dated } };
          }),
        }
      : p,
  );
  if (!found) throw new Error(`no clause ${clauseId}`);
  return { version: rulesVersionOf(policies), policies };
}
