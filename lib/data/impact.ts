import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { basisOfRound, evaluateOn } from "@/lib/dashboard/basis";
import { roundOn } from "@/lib/rounds";
import { storedResult } from "@/lib/evaluations/stored-result";
import type { Registry } from "@/lib/engine/evaluate";
import type { Amount, IsoDate } from "@/lib/engine/types";
import type { Actor } from "@/lib/auth/actor";
import { diffEvaluations, type EvaluationDiff } from "@/lib/evaluations/diff";
import { ConflictError } from "@/lib/data/errors";
import { todayInHangzhou } from "@/lib/today";
import { findClause, registry } from "@/rules";
import { recordAudit } from "./audit";
import { parseStoredProfile } from "./clients";
import { db, toNumber } from "./db";
import { saveEvaluation } from "./evaluations";

/**
 * What a new edition of the rules does to a centre's clients, before anyone re-evaluates: each
 * client whose latest saved evaluation used other rules is evaluated again with the same profile
 * and date under the rules in force, so the difference is the rules' alone.
 */

export const IMPACT_KINDS = ["gained", "lost", "unchanged"] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

export type ImpactQuery = {
  /** Admins: one centre, or every centre when absent. Ignored for staff. */
  readonly centreId?: string;
  readonly kind?: ImpactKind;
  readonly page?: number;
  readonly pageSize?: number;
};

export type ImpactClient = {
  readonly clientId: string;
  readonly name: string;
  readonly district: string | null;
  readonly centreName: string;
  readonly evaluationId: string;
  readonly asOf: IsoDate;
  /** The application round the saved evaluation was for. */
  readonly round: number;
  readonly rulesVersion: string;
  readonly before: Amount;
  readonly after: Amount;
  readonly delta: Amount;
  readonly kind: ImpactKind;
};

export type RulesImpact = {
  readonly rulesVersion: string;
  /** The editions the affected clients' latest evaluations used. */
  readonly previousVersions: readonly string[];
  readonly counts: Readonly<Record<ImpactKind, number>>;
  readonly totals: { readonly before: Amount; readonly after: Amount; readonly delta: Amount };
  /** The page's clients, the largest changes first, each with the clause-by-clause difference. */
  readonly rows: readonly (ImpactClient & { readonly diff: EvaluationDiff })[];
  /** Clients of the kind filtered by (all affected when none). */
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
};

export type ImpactOptions = { readonly rules?: Registry };

function centreScope(actor: Actor, centreId?: string): Prisma.ClientWhereInput {
  if (actor.role === "admin") return centreId ? { centreId } : {};
  return { centreId: actor.centreId ?? "\u0000no-centre" };
}

/** Clients with a saved evaluation, none of them under `version`. */
const affectedBy = (version: string): Prisma.ClientWhereInput => ({
  evaluations: { some: {}, none: { rulesVersion: version } },
});

const minus = (a: Amount, b: Amount): Amount => ({ min: a.min - b.min, max: a.max - b.max });
const add = (a: Amount, b: Amount): Amount => ({ min: a.min + b.min, max: a.max + b.max });
const ZERO: Amount = { min: 0, max: 0 };

/**
 * A saved evaluation's totals under an edition of the rules, by evaluation id and rules version:
 * both never change, so each process evaluates a saved profile once per edition.
 */
const afterTotals = new Map<string, Amount>();
const AFTER_TOTALS_KEPT = 100_000;

function totalsUnder(
  rules: Registry,
  e: { id: string; round: number; profileJson: string },
): Amount {
  const key = `${e.id}|${rules.version}`;
  let total = afterTotals.get(key);
  if (!total) {
    total = evaluateOn(rules, parseStoredProfile(e.profileJson), basisOfRound(e.round, rules)).totals
      .overall;
    if (afterTotals.size >= AFTER_TOTALS_KEPT) afterTotals.clear();
    afterTotals.set(key, total);
  }
  return total;
}

function kindOf(delta: Amount): ImpactKind {
  const sign = Math.sign(delta.max) || Math.sign(delta.min);
  return sign > 0 ? "gained" : sign < 0 ? "lost" : "unchanged";
}

/** The rules-change impact for the actor's centre (admins: a chosen centre or all). */
export async function rulesImpact(
  actor: Actor,
  query: ImpactQuery = {},
  options: ImpactOptions = {},
): Promise<RulesImpact> {
  const rules = options.rules ?? registry;
  const client = await db();
  const clients = await client.client.findMany({
    where: { ...centreScope(actor, query.centreId), deletedAt: null, ...affectedBy(rules.version) },
    select: {
      id: true,
      name: true,
      district: true,
      centre: { select: { name: true } },
      evaluations: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: {
          id: true,
          asOf: true,
          round: true,
          rulesVersion: true,
          profileJson: true,
          totalMin: true,
          totalMax: true,
        },
      },
    },
  });
  const all: (ImpactClient & { profileJson: string })[] = [];
  const counts: Record<ImpactKind, number> = { gained: 0, lost: 0, unchanged: 0 };
  let before = ZERO;
  let after = ZERO;
  const previous = new Set<string>();
  for (const c of clients) {
    const e = c.evaluations[0];
    if (!e) continue;
    const was = { min: toNumber(e.totalMin), max: toNumber(e.totalMax) };
    const now = totalsUnder(rules, e);
    const delta = minus(now, was);
    const kind = kindOf(delta);
    counts[kind] += 1;
    before = add(before, was);
    after = add(after, now);
    previous.add(e.rulesVersion);
    all.push({
      clientId: c.id,
      name: c.name,
      district: c.district,
      centreName: c.centre.name,
      evaluationId: e.id,
      asOf: e.asOf,
      round: e.round,
      rulesVersion: e.rulesVersion,
      before: was,
      after: now,
      delta,
      kind,
      profileJson: e.profileJson,
    });
  }
  const shown = all
    .filter((r) => !query.kind || r.kind === query.kind)
    .sort(
      (a, b) =>
        Math.abs(b.delta.max) - Math.abs(a.delta.max) ||
        Math.abs(b.delta.min) - Math.abs(a.delta.min) ||
        a.name.localeCompare(b.name, "zh-CN"),
    );
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 100);
  const page = Math.max(1, query.page ?? 1);
  const pageRows = shown.slice((page - 1) * pageSize, page * pageSize);
  const saved = await client.evaluation.findMany({
    where: { id: { in: pageRows.map((r) => r.evaluationId) } },
    select: { id: true, resultJson: true, round: true },
  });
  const results = new Map(saved.map((s) => [s.id, storedResult(s.resultJson, s.round)]));
  return {
    rulesVersion: rules.version,
    previousVersions: [...previous].sort(),
    counts,
    totals: { before, after, delta: minus(after, before) },
    rows: pageRows.map(({ profileJson, ...r }) => {
      const profile = parseStoredProfile(profileJson);
      const diff = diffEvaluations(
        results.get(r.evaluationId)!,
        evaluateOn(rules, profile, basisOfRound(r.round, rules)),
        { profiles: { before: profile, after: profile }, readsOf: (id) => findClause(id)?.reads },
      );
      return { ...r, diff };
    }),
    total: shown.length,
    page,
    pageSize,
  };
}

/** Clients evaluated per call of reevaluateAffected. */
export const REEVALUATE_PAGE = 50;

/**
 * Saves a new evaluation (current profile, `today`, the rules in force) for the next page of the
 * clients whose evaluations all used other rules. Each call takes the ones still affected, so an
 * interrupted run resumes where it stopped. One audit entry per page besides each evaluation's own.
 */
export async function reevaluateAffected(
  actor: Actor,
  { centreId, today = todayInHangzhou(), limit = REEVALUATE_PAGE }: {
    centreId?: string;
    today?: IsoDate;
    limit?: number;
  } = {},
  options: ImpactOptions = {},
): Promise<{ evaluated: number; remaining: number }> {
  const rules = options.rules ?? registry;
  const client = await db();
  const where: Prisma.ClientWhereInput = {
    ...centreScope(actor, centreId),
    deletedAt: null,
    ...affectedBy(rules.version),
  };
  const next = await client.client.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  let evaluated = 0;
  for (const { id } of next) {
    try {
      await saveEvaluation(actor, id, roundOn(today), undefined, rules);
      evaluated += 1;
    } catch (error) {
      // Deleted meanwhile: skipped, it no longer counts as affected.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  const remaining = await client.client.count({ where });
  if (evaluated > 0)
    await recordAudit({
      actor,
      action: "run",
      entity: "evaluation",
      centreId: actor.role === "admin" ? (centreId ?? null) : actor.centreId,
      summary: `按新版规则重新评估受影响的客户 ${evaluated} 家（评估日期 ${today}，尚余 ${remaining} 家）`,
      detail: { evaluated, remaining, rulesVersion: rules.version },
    });
  return { evaluated, remaining };
}
