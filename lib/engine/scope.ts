import type { EventProfile } from "@/lib/profile/years";
import type { ProfilePath } from "@/lib/profile/paths";
import { t } from "./text";
import type { AnyClause, Condition, ConditionStatus, Policy, PolicyKey } from "./types";

/** The profile fact that settles every policy's scope (readings rule 13). */
export const SCOPE_FACT = "enterprise.fields" satisfies ProfilePath;
const SCOPE_FACTS: readonly ProfilePath[] = [SCOPE_FACT];

/**
 * Whether the applicant is in the policy's field: choosing the policy's industry or naming the
 * field says yes; naming other fields only (or "none of these") says no; nothing named is unknown.
 */
export function inScope(profile: EventProfile, key: PolicyKey): boolean | undefined {
  const e = profile.enterprise;
  if (e.industries.includes(key)) return true;
  const fields = e.fields;
  if (!fields || fields.length === 0) return undefined;
  return fields.includes(key);
}

const NUMERALS = "一二三四五六七八九";

/** "一、" → "section 1", "二、（一）（二）" → "section 2, (1)(2)": no Chinese numeral in English. */
function scopeArticleEn(article: string): string {
  const n = (ch: string) => String(NUMERALS.indexOf(ch) + 1);
  return article
    .replace(/([一二三四五六七八九])、/g, (_, d: string) => `section ${n(d)}, `)
    .replace(/（([一二三四五六七八九])）/g, (_, d: string) => `(${n(d)})`)
    .replace(/,\s*$/, "");
}

type ScopeConditions = Readonly<Record<"met" | "unmet" | "unknown", Condition>>;

/** The scope as a condition in each of its three states, made once per policy. */
export function scopeConditions(policy: Policy): ScopeConditions {
  const s = policy.scope;
  const label = t(
    `属于政策适用范围：${s.label.zh}（${s.article}${s.heading}）`,
    `Within the policy's scope: ${s.label.en} (${scopeArticleEn(s.article)})`,
  );
  const of = (status: ConditionStatus): Condition => ({ label, status, facts: SCOPE_FACTS });
  return { met: of("met"), unmet: of("unmet"), unknown: of("unknown") };
}

/** Whether the policy's scope binds the clause: its kind of applicant, and no stated exception. */
export function scopeBinds(policy: Policy, clause: AnyClause): boolean {
  return !clause.outsideScope && policy.scope.binds.includes(clause.beneficiary);
}

/**
 * The clause's conditions with the policy's scope first, for the clauses it binds; the clause's
 * own function otherwise. Called once per clause when the registry is prepared.
 */
export function withScope(policy: Policy, clause: AnyClause): AnyClause["conditions"] {
  const own = clause.conditions;
  if (!scopeBinds(policy, clause)) return own;
  const states = scopeConditions(policy);
  const key = policy.key;
  return (ctx) => {
    const inside = inScope(ctx.profile, key);
    const scope = inside === true ? states.met : inside === false ? states.unmet : states.unknown;
    return [scope, ...own(ctx)];
  };
}
