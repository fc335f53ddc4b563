import type { z } from "zod";
import type { Registry } from "@/lib/engine/evaluate";
import { BENEFICIARY_LABELS, KIND_LABELS } from "@/lib/engine/labels";
import type { Rate } from "@/lib/engine/money";
import type { Text } from "@/lib/engine/text";
import type { AnyClause, CapGroup, Param, Params, Policy, PolicyRules } from "@/lib/engine/types";
import { amendmentsOf } from "@/lib/engine/amendments";
import { narrow } from "@/lib/engine/validity";
import { statusForRound, type Round } from "@/lib/engine/round";
import { policyRoundInfo } from "@/lib/policy-rounds";
import { resolveFact } from "@/lib/profile/facts";
import type {
  capGroupSchema,
  clauseResponseSchema,
  clauseSchema,
  paramSchema,
  policyListResponseSchema,
  policyResponseSchema,
} from "./schemas/rules";
import type { rateSchema } from "./schemas/common";

type SerialClause = z.output<typeof clauseSchema>;
type SerialParam = z.output<typeof paramSchema>;
type SerialRate = z.output<typeof rateSchema>;
type SerialCapGroup = z.output<typeof capGroupSchema>;

const text = (x: Text): Text => ({ zh: x.zh, en: x.en });

function serialiseRate(rate: Rate): SerialRate {
  return {
    num: rate.num,
    den: rate.den,
    text: rate.text,
    ...(rate.perUnit ? { perUnit: text(rate.perUnit) } : {}),
  };
}

function serialiseParam(param: Param): SerialParam {
  const label = text(param.label);
  switch (param.unit) {
    case "rate":
      return { unit: "rate", value: serialiseRate(param.value), label };
    case "tiers":
      return {
        unit: "tiers",
        value: param.value.map((tier) => ({
          threshold: tier.threshold,
          amount: tier.amount,
          label: text(tier.label),
        })),
        label,
      };
    case "table":
      return {
        unit: "table",
        value: Object.fromEntries(
          Object.entries(param.value).map(([key, v]) => [
            key,
            typeof v === "number"
              ? { unit: "yuan" as const, value: v }
              : { unit: "rate" as const, value: serialiseRate(v) },
          ]),
        ),
        label,
      };
    default:
      return { unit: param.unit, value: param.value, label };
  }
}

function serialiseParams(params: Params): Record<string, SerialParam> {
  return Object.fromEntries(Object.entries(params).map(([k, p]) => [k, serialiseParam(p)]));
}

function factLabel(path: string): Text | null {
  const meta = resolveFact(path)?.meta;
  return meta ? { zh: meta.title, en: meta.titleEn } : null;
}

function serialiseCapGroup(group: CapGroup): SerialCapGroup {
  return {
    id: group.id,
    label: text(group.label),
    text: group.text,
    scope: group.scope,
    clauses: [...group.clauses],
    cap:
      typeof group.cap === "number" ? { type: "fixed", amount: group.cap } : { type: "computed" },
  };
}

type StaticClause = Omit<SerialClause, "status">;

function serialiseClause(
  clause: AnyClause,
  rules: PolicyRules,
  capGroupIds: string[],
): StaticClause {
  const policy = rules.policy;
  return {
    id: clause.id,
    policy: clause.policy,
    citation: {
      policy: policy.key,
      policyTitle: policy.title,
      file: policy.file,
      article: clause.article,
      page: clause.page,
      heading: clause.heading,
      headingEn: rules.headingsEn?.[clause.heading] ?? null,
      leadDepartment: clause.leadDepartment,
    },
    text: clause.text,
    summary: text(clause.summary),
    needs: clause.needs ? text(clause.needs) : null,
    readings: (clause.readings ?? []).map(text),
    kind: clause.kind,
    kindLabel: text(KIND_LABELS[clause.kind]),
    beneficiary: clause.beneficiary,
    beneficiaryLabel: text(BENEFICIARY_LABELS[clause.beneficiary]),
    requiresReview: clause.requiresReview,
    validity: narrow(policy.validity, clause.validity),
    parameters: serialiseParams(clause.params),
    reads: clause.reads.map((path) => ({ path, label: factLabel(path) })),
    items: clause.items
      ? {
          path: clause.items.path,
          label: factLabel(clause.items.path),
          noun: text(clause.items.noun),
        }
      : null,
    exclusiveGroup: clause.exclusiveGroup ?? null,
    amendments: amendmentsOf(clause).map(([from, params]) => ({
      from,
      parameters: serialiseParams(params),
    })),
    clauseCap: clause.clauseCap
      ? {
          amount: clause.clauseCap.amount,
          label: text(clause.clauseCap.label),
          param: clause.clauseCap.param ?? null,
        }
      : null,
    capGroups: capGroupIds,
  };
}

type StaticPolicy = {
  readonly rules: PolicyRules;
  readonly clauses: readonly StaticClause[];
  readonly capGroups: readonly SerialCapGroup[];
};

/** The registry in the API's shape, minus the statuses that depend on the date. */
type Catalogue = {
  readonly version: string;
  readonly policies: readonly StaticPolicy[];
  readonly byKey: ReadonlyMap<string, StaticPolicy>;
  readonly byClauseId: ReadonlyMap<string, StaticClause>;
  readonly capGroupsById: ReadonlyMap<string, SerialCapGroup>;
};

const catalogues = new WeakMap<Registry, Catalogue>();

function catalogueOf(registry: Registry): Catalogue {
  const cached = catalogues.get(registry);
  if (cached) return cached;
  const groups = registry.policies.flatMap((p) => p.capGroups ?? []);
  const policies = registry.policies.map((rules) => ({
    rules,
    clauses: rules.clauses.map((c) =>
      serialiseClause(
        c,
        rules,
        groups.filter((g) => g.clauses.includes(c.id)).map((g) => g.id),
      ),
    ),
    capGroups: (rules.capGroups ?? []).map(serialiseCapGroup),
  }));
  const catalogue: Catalogue = {
    version: registry.version,
    policies,
    byKey: new Map(policies.map((p) => [p.rules.policy.key, p])),
    byClauseId: new Map(policies.flatMap((p) => p.clauses.map((c) => [c.id, c] as const))),
    capGroupsById: new Map(policies.flatMap((p) => p.capGroups.map((g) => [g.id, g] as const))),
  };
  catalogues.set(registry, catalogue);
  return catalogue;
}

const withStatus = (clause: StaticClause, round: Round): SerialClause => ({
  ...clause,
  status: statusForRound(clause.validity, round),
});

function policyFields(policy: Policy, round: Round) {
  const info = policyRoundInfo(policy, round);
  return {
    key: policy.key,
    title: policy.title,
    shortName: text(policy.shortName),
    description: text(policy.description),
    issued: policy.issued,
    validity: { from: policy.validity.from, to: policy.validity.to },
    validityText: policy.validityText,
    file: policy.file,
    status: statusForRound(policy.validity, round),
    roundStatus: info.roundStatus,
    lastRound: info.lastRound,
    endingWarning: info.warning ? text(info.warning) : null,
    notices: info.notices.map((n) => ({
      title: text(n.title),
      date: n.date,
      issuer: text(n.issuer),
      summary: text(n.summary),
      source: n.source ?? null,
      sourceIsCopy: n.sourceIsCopy,
      draft: n.draft,
      included: false as const,
    })),
  };
}

/** GET /api/v1/policies: every policy with its validity, standing in `round` and clause ids. */
export function policyList(
  registry: Registry,
  round: Round,
): z.output<typeof policyListResponseSchema> {
  const catalogue = catalogueOf(registry);
  return {
    round,
    rulesVersion: catalogue.version,
    policies: catalogue.policies.map((p) => ({
      ...policyFields(p.rules.policy, round),
      clauseCount: p.clauses.length,
      clauses: p.clauses.map((c) => c.id),
    })),
  };
}

/** GET /api/v1/policies/{key}: one policy with its clauses and shared caps; undefined if unknown. */
export function policyDetail(
  registry: Registry,
  key: string,
  round: Round,
): z.output<typeof policyResponseSchema> | undefined {
  const catalogue = catalogueOf(registry);
  const p = catalogue.byKey.get(key);
  if (!p) return undefined;
  return {
    round,
    rulesVersion: catalogue.version,
    policy: {
      ...policyFields(p.rules.policy, round),
      clauses: p.clauses.map((c) => withStatus(c, round)),
      capGroups: [...p.capGroups],
    },
  };
}

/** GET /api/v1/clauses/{id}: one clause with the shared caps it is in; undefined if unknown. */
export function clauseDetail(
  registry: Registry,
  id: string,
  round: Round,
): z.output<typeof clauseResponseSchema> | undefined {
  const catalogue = catalogueOf(registry);
  const clause = catalogue.byClauseId.get(id);
  if (!clause) return undefined;
  return {
    round,
    rulesVersion: catalogue.version,
    clause: withStatus(clause, round),
    capGroups: clause.capGroups.flatMap((id) => catalogue.capGroupsById.get(id) ?? []),
  };
}
