import { articleText } from "@/lib/citation";
import type { AnyClause, PolicyKey, PolicyStatus } from "@/lib/engine/types";
import { statusOn } from "@/lib/engine/validity";
import type { Lang } from "@/lib/engine/text";
import { clauseHeading, findClause, POLICY_RULES } from "@/rules";

export type PolicySummary = {
  readonly key: PolicyKey;
  readonly status: PolicyStatus;
  readonly clauseCount: number;
  readonly monetaryCount: number;
};

/** The nine policies with their status on a date and how many clauses each holds. */
export function policySummaries(asOf: string): PolicySummary[] {
  return POLICY_RULES.map((p) => ({
    key: p.policy.key,
    status: statusOn(p.policy.validity, asOf),
    clauseCount: p.clauses.length,
    monetaryCount: p.clauses.filter(
      (c) => c.kind === "formula" || c.kind === "fixed" || c.kind === "up-to",
    ).length,
  }));
}

const squash = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/**
 * Clauses whose wording, heading, summary or id contain every word of the query (Chinese needs
 * no word splitting: each space-separated part is matched as a substring).
 */
export function searchClauses(query: string): AnyClause[] {
  const words = query.trim().split(/\s+/).filter(Boolean).map(squash).slice(0, 10);
  if (words.length === 0) return [];
  return POLICY_RULES.flatMap((p) => p.clauses).filter((c) => {
    const hay = squash(
      `${c.id} ${c.heading} ${c.text} ${c.summary.zh} ${c.summary.en} ${c.leadDepartment}`,
    );
    return words.every((w) => hay.includes(w));
  });
}

/** The anchor of a clause on its policy page: "biomedicine/4-a" → "clause-4-a". */
export const clauseAnchor = (id: string) => `clause-${id.split("/")[1]}`;

/**
 * "（三）支持创新药品研发生产" for a clause id ("Art. (3) Supporting innovative drug R&D" in
 * English); the id when the registry lacks it.
 */
export function clauseTitle(id: string, lang: Lang): string {
  const c = findClause(id);
  if (!c) return id;
  return lang === "zh"
    ? `${c.article}${c.heading}`
    : `${articleText(c.article, lang)} ${clauseHeading(c, lang)}`;
}
