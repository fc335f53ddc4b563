import { clauseAmountText } from "@/lib/engine/format";
import { BENEFICIARY_LABELS, KIND_LABELS } from "@/lib/engine/labels";
import { itemLabel, renderGap, renderSteps } from "@/lib/engine/render";
import type { Lang } from "@/lib/engine/text";
import type { Amount, ClauseResult, EvaluationResult, PolicyKey } from "@/lib/engine/types";
import type { Yuan } from "@/lib/engine/money";
import { clauseTitle } from "@/lib/library";
import type { Profile } from "@/lib/profile/schema";
import { APPLICATION } from "@/rules/application";
import { findClause } from "@/rules";
import { POLICIES } from "@/rules/policies";
import { CERTAINTY_LABELS, certaintyOf, certaintyTotals, type Certainty } from "./certainty";
import { fullCitation } from "./citation";
import { leadDepartmentText } from "./departments";
import { factLabel } from "@/lib/profile/labels";
import { baseYearOf, factsUsed, type FactGroup } from "./facts-used";
import { clauseCeiling, missingFacts, type MissingFact } from "./missing-facts";
import { policyStatuses, type PolicyStatusLine } from "./policy-status";

/** Who produced a staff report; the self-check edition has none. */
export type StaffEdition = {
  readonly centre: string;
  readonly member: string;
  readonly contact: string;
};

export type ReportInput = {
  readonly profile: Profile;
  readonly result: EvaluationResult;
  readonly lang: Lang;
  /** When the report is printed, ISO 8601; shown in Hangzhou time. */
  readonly printedAt: string;
  readonly staff?: StaffEdition;
  /** The client's credit code as the centre keeps it (else the profile's). */
  readonly creditCode?: string | null;
};

export type ReportClause = {
  /** For list keys only; never shown. */
  readonly key: string;
  readonly policyName: string;
  readonly title: string;
  readonly citation: string;
  readonly amount: Amount | null;
  readonly amountText: string;
  readonly certainty: Certainty;
  readonly certaintyLabel: string;
  readonly kindLabel: string;
  readonly calculation: readonly string[];
  readonly readings: readonly string[];
  readonly conditions: readonly string[];
  readonly lead: string;
  readonly prepare: readonly string[];
  readonly channel: string;
};

export type ReportNote = {
  readonly key: string;
  readonly title: string;
  /** What the clause pays for, in a sentence (tells apart two items of one article). */
  readonly summary: string;
  readonly citation: string;
  /** The gaps (near misses) or the facts asked for (open questions). */
  readonly lines: readonly string[];
  /** The most the clause's text states it pays, when it states one. */
  readonly ceiling: Yuan | null;
};

export type PolicyTotals = {
  readonly policyName: string;
  readonly clauses: number;
  readonly fixed: Amount;
  readonly upTo: Amount;
  readonly toWin: Amount;
  readonly overall: Amount;
};

export type ReportModel = {
  readonly lang: Lang;
  readonly enterprise: string | null;
  readonly creditCode: string | null;
  /** The application round (申报年度) and its event year. */
  readonly round: { readonly year: number; readonly eventYear: number };
  readonly rulesVersion: string;
  readonly printedAt: string;
  readonly staff: StaffEdition | null;
  readonly industries: string;
  readonly roles: string;
  readonly totals: PolicyTotals;
  readonly byPolicy: readonly PolicyTotals[];
  readonly missing: readonly MissingFact[];
  readonly needsInfoCount: number;
  readonly clauses: readonly ReportClause[];
  readonly nearMisses: readonly ReportNote[];
  readonly openQuestions: readonly ReportNote[];
  readonly superseded: readonly {
    readonly key: string;
    readonly title: string;
    readonly by: string;
  }[];
  readonly policies: readonly PolicyStatusLine[];
  readonly facts: readonly FactGroup[];
};

const sep = (lang: Lang) => (lang === "zh" ? "、" : ", ");
const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");

function printedText(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    timeZone: "Asia/Shanghai",
    dateStyle: "long",
    timeStyle: "short",
  }).format(date);
}

/** The calculation in words, item by item, then the clause's own stages. */
function calculation(c: ClauseResult, lang: Lang): string[] {
  const items = c.items.filter((it) => it.status === "eligible" && it.steps.length > 0);
  const lines = items.map((it) =>
    items.length > 1 || c.steps.length > 0
      ? `${itemLabel(it, lang)}${colon(lang)}${renderSteps(it.steps, lang)}`
      : renderSteps(it.steps, lang),
  );
  if (c.steps.length > 0) lines.push(renderSteps(c.steps, lang));
  return lines;
}

function conditionsMet(c: ClauseResult, lang: Lang): string[] {
  const labels = c.items
    .filter((it) => it.status === "eligible")
    .flatMap((it) => it.conditions.filter((k) => k.status === "met").map((k) => k.label[lang]));
  return [...new Set(labels)];
}

function reportClause(c: ClauseResult, lang: Lang): ReportClause | null {
  const clause = findClause(c.id);
  if (!clause) return null;
  const application = APPLICATION[c.policy];
  const certainty = certaintyOf(c);
  return {
    key: c.id,
    policyName: POLICIES[c.policy].shortName[lang],
    title: clauseTitle(c.id, lang),
    citation: fullCitation(clause, lang),
    amount: c.amount,
    amountText: clauseAmountText(c, lang),
    certainty,
    certaintyLabel: CERTAINTY_LABELS[certainty][lang],
    kindLabel: KIND_LABELS[c.kind][lang],
    calculation: calculation(c, lang),
    readings: c.readings.map((r) => r[lang]),
    conditions: conditionsMet(c, lang),
    lead: leadDepartmentText(clause.leadDepartment, lang),
    prepare: [
      ...(clause.needs ? [clause.needs[lang]] : []),
      ...application.requirements.map((r) => r[lang]),
    ],
    channel: application.channel[lang],
  };
}

function note(c: ClauseResult, lines: string[], lang: Lang): ReportNote | null {
  const clause = findClause(c.id);
  if (!clause) return null;
  return {
    key: c.id,
    title: clauseTitle(c.id, lang),
    summary: clause.summary[lang],
    citation: fullCitation(clause, lang),
    lines,
    ceiling: clauseCeiling(clause),
  };
}

const present = <T>(x: T | null): x is T => x !== null;

/**
 * Everything the printed report, the PDF and the spreadsheet show, in one language: the page and
 * the Excel export read this one model, so they hold the same figures.
 */
export function buildReport(input: ReportInput): ReportModel {
  const { profile, result, lang } = input;
  const mine = result.clauses.filter((c) => c.forApplicant);
  const split = certaintyTotals(result);
  const policyName = (k: PolicyKey) => POLICIES[k].shortName[lang];
  const baseYear = baseYearOf(result);
  const industries = profile.enterprise.industries.length
    ? profile.enterprise.industries
    : result.policies.map((p) => p.key);
  return {
    lang,
    enterprise: profile.enterprise.name?.trim() || null,
    creditCode: input.creditCode ?? profile.enterprise.creditCode ?? null,
    round: result.round,
    rulesVersion: result.rulesVersion,
    printedAt: printedText(input.printedAt, lang),
    staff: input.staff ?? null,
    industries: industries.map(policyName).join(sep(lang)),
    roles: profile.enterprise.roles.map((r) => BENEFICIARY_LABELS[r][lang]).join(sep(lang)),
    totals: { policyName: "", ...split.total },
    byPolicy: split.byPolicy.map(({ policy, ...s }) => ({ policyName: policyName(policy), ...s })),
    missing: missingFacts(profile, result, lang),
    needsInfoCount: mine.filter((c) => c.status === "needs-info").length,
    clauses: mine
      .filter((c) => c.status === "eligible")
      .map((c) => reportClause(c, lang))
      .filter(present),
    nearMisses: mine
      .filter((c) => c.status === "ineligible" && c.nearMisses.length > 0)
      .map((c) =>
        note(
          c,
          c.nearMisses.map((m) => renderGap(m, lang)),
          lang,
        ),
      )
      .filter(present),
    openQuestions: mine
      .filter((c) => c.status === "needs-info")
      .map((c) =>
        note(
          c,
          c.questions.map((q) => factLabel(q, lang, baseYear)),
          lang,
        ),
      )
      .filter(present),
    superseded: mine
      .filter((c) => c.status === "superseded")
      .map((c) => ({
        key: c.id,
        title: clauseTitle(c.id, lang),
        by: c.supersededBy ? clauseTitle(c.supersededBy, lang) : "",
      })),
    policies: policyStatuses(industries, result, lang),
    facts: factsUsed(profile, result, lang),
  };
}
