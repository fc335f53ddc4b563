import { Calc } from "@/lib/engine/calc";
import { atLeast, fact, known } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import type { Registry } from "@/lib/engine/evaluate";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { AnyClause, Beneficiary, CapGroup, Policy, PolicyKey } from "@/lib/engine/types";
import type { EventProfile as Profile } from "@/lib/profile/years";

/** A made-up policy for engine tests; its scope binds nobody unless `binds` says whom. */
export function testPolicy(
  key: PolicyKey,
  from = "2023-01-01",
  to = "2025-12-31",
  binds: readonly Beneficiary[] = [],
): Policy {
  return {
    key,
    title: `测试政策 ${key}`,
    shortName: t(key, key),
    description: t("测试", "test"),
    issued: "2023-01",
    validity: { from, to },
    validityText: "",
    file: "",
    scope: {
      article: "一、",
      heading: "适用范围",
      page: 1,
      text: "本政策适用于测试领域的企业。",
      label: t("测试领域的企业", "an enterprise of the test field"),
      binds,
    },
  };
}

type Project = NonNullable<Profile["projects"]>[number];

const projects = {
  list: (p: Profile) => p.projects,
  key: (x: Project) => x.id,
  label: (x: Project) => x.name,
  path: "projects" as const,
  noun: t("项目", "project"),
};

/** "rate × eligible investment, capped at cap, for projects of at least threshold". */
export function investmentClause(
  id: string,
  policy: PolicyKey,
  o: {
    rate: number;
    cap?: number;
    threshold: number;
    exclusiveGroup?: string;
    clauseCap?: number;
    beneficiary?: AnyClause["beneficiary"];
  },
): AnyClause {
  return defineClause({
    id,
    policy,
    article: "（一）",
    page: 1,
    heading: "测试条款",
    leadDepartment: "市经信局",
    beneficiary: o.beneficiary ?? "enterprise",
    kind: "formula",
    requiresReview: false,
    text: "测试",
    summary: t("测试", "test"),
    params: {
      rate: param.rate(percent(o.rate), t("比例", "rate")),
      cap: param.yuan(o.cap ?? Number.MAX_SAFE_INTEGER, t("单个项目上限", "cap per project")),
      threshold: param.yuan(o.threshold, t("门槛", "threshold")),
    },
    reads: ["projects[].eligibleInvestment"],
    items: projects,
    exclusiveGroup: o.exclusiveGroup,
    clauseCap:
      o.clauseCap === undefined
        ? undefined
        : { amount: o.clauseCap, label: t("每家企业每年上限", "cap per enterprise per year") },
    conditions: ({ item, params }) => [
      atLeast(
        t("实际投资总额", "eligible investment"),
        item.eligibleInvestment,
        params.threshold.value,
        { facts: ["projects[].eligibleInvestment"] },
      ),
      fact(t("产业化项目", "industrialisation"), item.isIndustrialisation, [
        "projects[].isIndustrialisation",
      ]),
    ],
    amount: ({ item, params }) =>
      Calc.base(t("实际投资总额", "eligible investment"), item.eligibleInvestment!)
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label)
        .upTo(),
  });
}

/** A fixed award for above-designated-size enterprises. */
export function fixedClause(
  id: string,
  policy: PolicyKey,
  amount: number,
  kind: AnyClause["kind"] = "fixed",
): AnyClause {
  return defineClause({
    id,
    policy,
    article: "（二）",
    page: 1,
    heading: "定额",
    leadDepartment: "市经信局",
    beneficiary: "enterprise",
    kind,
    requiresReview: false,
    text: "测试",
    summary: t("测试", "test"),
    params: { award: param.yuan(amount, t("奖励", "award")) },
    reads: ["enterprise.aboveDesignatedSize", "finance.current.revenue"],
    conditions: ({ profile }) => [
      fact(t("规上企业", "above designated size"), profile.enterprise.aboveDesignatedSize, [
        "enterprise.aboveDesignatedSize",
      ]),
      known(t("营业收入", "revenue"), profile.finance?.current?.revenue, [
        "finance.current.revenue",
      ]),
    ],
    amount:
      kind === "fixed"
        ? ({ params }) => Calc.fixed(t("奖励", "award"), params.award.value).exactly()
        : undefined,
  });
}

export function registryOf(
  ...policies: { policy: Policy; clauses: AnyClause[]; capGroups?: CapGroup[] }[]
): Registry {
  return { version: "test", policies };
}

export { wan };
