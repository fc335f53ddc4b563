import { t } from "./text";
import type { AnyClause, Condition, PolicyRules, Validity } from "./types";
import { narrow } from "./validity";
import { BENEFICIARY_LABELS } from "./labels";
import { ENTERPRISE_KEY, NO_STEPS, type WorkingItem } from "./working";
import { withScope } from "./scope";
import { withAwardExclusion } from "./exclusions";

export type Registry = {
  readonly version: string;
  readonly policies: readonly PolicyRules[];
};

/** One clause prepared for the hot loop: its effective validity and its result for other applicants. */
export type Prepared = {
  readonly clause: AnyClause;
  readonly validity: Validity;
  /** Shared across evaluations: these items are never eligible, so the engine never mutates them. */
  readonly notForApplicant: WorkingItem[];
};

/** A registry prepared once: each policy's clauses, and the ids the cap groups look up. */
export type PreparedRegistry = {
  readonly policies: ReadonlyMap<PolicyRules, readonly Prepared[]>;
  /** Ids of the clauses some cap group of this registry names. */
  readonly capped: ReadonlySet<string>;
};

const beneficiaryConditions = new Map<string, readonly Condition[]>();
function beneficiaryConditionsOf(clause: AnyClause): readonly Condition[] {
  let c = beneficiaryConditions.get(clause.beneficiary);
  if (!c) {
    const who = BENEFICIARY_LABELS[clause.beneficiary];
    c = [
      {
        label: t(`申请主体为${who.zh}`, `The applicant is a ${who.en.toLowerCase()}`),
        status: "unmet",
        facts: ["enterprise.roles"],
      },
    ];
    beneficiaryConditions.set(clause.beneficiary, c);
  }
  return c;
}

/**
 * The rules' clause objects differ in which optional fields they set, so property reads on them
 * go megamorphic in the hot loop. A copy with every field in one fixed order gives them all one
 * shape; it is made once per policy and reused, with the validity and constant results beside it.
 */
function prepareClause(c: AnyClause, pr: PolicyRules): Prepared {
  const clause: AnyClause = {
    id: c.id,
    policy: c.policy,
    article: c.article,
    page: c.page,
    heading: c.heading,
    leadDepartment: c.leadDepartment,
    beneficiary: c.beneficiary,
    kind: c.kind,
    requiresReview: c.requiresReview,
    text: c.text,
    summary: c.summary,
    needs: c.needs,
    readings: c.readings,
    validity: c.validity,
    params: c.params,
    amendedParams: c.amendedParams,
    reads: c.reads,
    items: c.items && {
      list: c.items.list,
      key: c.items.key,
      label: c.items.label,
      labelEn: c.items.labelEn,
      path: c.items.path,
      noun: c.items.noun,
    },
    exclusiveGroup: c.exclusiveGroup,
    clauseCap: c.clauseCap,
    outsideScope: c.outsideScope,
    excludedByAwards: c.excludedByAwards,
    conditions: withAwardExclusion(c, withScope(pr.policy, c)),
    amount: c.amount,
  };
  return {
    clause,
    validity: narrow(pr.policy.validity, c.validity),
    notForApplicant: [
      {
        key: ENTERPRISE_KEY,
        label: "",
        status: "ineligible",
        conditions: beneficiaryConditionsOf(c),
        amount: null,
        steps: NO_STEPS,
      },
    ],
  };
}

const preparedPolicies = new WeakMap<PolicyRules, readonly Prepared[]>();
const preparedRegistries = new WeakMap<Registry, PreparedRegistry>();

/** Prepared once per registry (and each policy once, whichever registries share it). */
export function prepare(registry: Registry): PreparedRegistry {
  let r = preparedRegistries.get(registry);
  if (!r) {
    const policies = new Map<PolicyRules, readonly Prepared[]>();
    const capped = new Set<string>();
    for (const pr of registry.policies) {
      let list = preparedPolicies.get(pr);
      if (!list) {
        list = pr.clauses.map((c) => prepareClause(c, pr));
        preparedPolicies.set(pr, list);
      }
      policies.set(pr, list);
      for (const g of pr.capGroups ?? []) for (const id of g.clauses) capped.add(id);
    }
    r = { policies, capped };
    preparedRegistries.set(registry, r);
  }
  return r;
}
