import "server-only";
import { endingPolicies } from "@/lib/dashboard/policy-standing";
import { atStakeOf, type MissingFact } from "@/lib/dashboard/summary";
import type { IsoDate, PolicyKey } from "@/lib/engine/types";
import type { Actor } from "@/lib/auth/actor";
import { todayInHangzhou } from "@/lib/today";
import { registry } from "@/rules";
import { db } from "./db";
import { worklistSummaries, type WorklistOptions } from "./worklist";

/**
 * What needs attention in a centre: clients with money to claim now, policies ending soon with the
 * clients they affect, clients not evaluated under the rules in force, and clients whose missing
 * facts hold back clauses worth more than a threshold. The workspace home lists these; a centre's
 * webhook receives the same as JSON once a day.
 */

/** Needs-info clauses are listed when their stated ceilings add up to at least this (yuan). */
export const NEEDS_INFO_THRESHOLD = 1_000_000;
/** Clients named per item (the counts cover all). */
export const REMINDER_CLIENTS_SHOWN = 10;

export type ReminderClient = {
  readonly clientId: string;
  readonly name: string;
  readonly creditCode: string | null;
};

export type Reminders = {
  readonly day: IsoDate;
  readonly rulesVersion: string;
  readonly threshold: number;
  /** Clients with clauses they can claim in policies in force, the most at stake first. */
  readonly claimable: {
    readonly count: number;
    readonly fixed: number;
    readonly upTo: number;
    readonly toWin: number;
    readonly clients: readonly (ReminderClient & { readonly atStake: number })[];
  };
  readonly ending: readonly {
    readonly policy: PolicyKey;
    readonly lastDay: IsoDate;
    readonly days: number;
    readonly count: number;
    readonly clients: readonly (ReminderClient & { readonly amount: number })[];
  }[];
  /** Never evaluated, or only under other rules. */
  readonly notOnCurrentRules: {
    readonly count: number;
    readonly clients: readonly (ReminderClient & { readonly never: boolean })[];
  };
  readonly needsInfo: {
    readonly count: number;
    readonly clients: readonly (ReminderClient & {
      readonly ceiling: number;
      readonly clauses: number;
      readonly missing: readonly MissingFact[];
    })[];
  };
};

export type RemindersOptions = WorklistOptions & { readonly threshold?: number };

/** The reminders of the actor's centre (admins: a chosen centre, or every centre). */
export async function reminders(
  actor: Actor,
  query: { readonly centreId?: string } = {},
  options: RemindersOptions = {},
): Promise<Reminders> {
  const today = options.today ?? todayInHangzhou();
  const rules = options.rules ?? registry;
  const threshold = options.threshold ?? NEEDS_INFO_THRESHOLD;
  const { rows, summaries } = await worklistSummaries(
    actor,
    { centreId: query.centreId },
    { ...options, today },
  );
  const who = (r: (typeof rows)[number]): ReminderClient => ({
    clientId: r.id,
    name: r.name,
    creditCode: r.creditCode,
  });

  const claimable = { count: 0, fixed: 0, upTo: 0, toWin: 0 };
  const claimableClients: (ReminderClient & { atStake: number })[] = [];
  const needsInfo: Reminders["needsInfo"]["clients"][number][] = [];
  const endingNow = endingPolicies(today);
  const endingClients = new Map<PolicyKey, (ReminderClient & { amount: number })[]>(
    endingNow.map((p) => [p.key, []]),
  );
  for (const r of rows) {
    const s = summaries.get(r.id);
    if (!s) continue;
    if (s.clauses.length > 0) {
      claimable.count += 1;
      claimable.fixed += s.fixed;
      claimable.upTo += s.upTo;
      claimable.toWin += s.toWin;
      claimableClients.push({ ...who(r), atStake: atStakeOf(s) });
    }
    for (const [policy, list] of endingClients) {
      const clauses = s.clauses.filter((c) => c.policy === policy);
      if (clauses.length)
        list.push({ ...who(r), amount: clauses.reduce((t, c) => t + (c.amount?.max ?? 0), 0) });
    }
    if (s.needsInfo > 0 && s.needsInfoCeiling >= threshold)
      needsInfo.push({
        ...who(r),
        ceiling: s.needsInfoCeiling,
        clauses: s.needsInfo,
        missing: s.missing,
      });
  }
  const byName = (a: ReminderClient, b: ReminderClient) => a.name.localeCompare(b.name, "zh-CN");
  claimableClients.sort((a, b) => b.atStake - a.atStake || byName(a, b));
  needsInfo.sort((a, b) => b.ceiling - a.ceiling || byName(a, b));

  const stale = await notOnCurrentRules(rows.map((r) => r.id), rules.version);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  return {
    day: today,
    rulesVersion: rules.version,
    threshold,
    claimable: { ...claimable, clients: claimableClients.slice(0, REMINDER_CLIENTS_SHOWN) },
    ending: endingNow
      .map((p) => {
        const list = endingClients.get(p.key)!.sort((a, b) => b.amount - a.amount || byName(a, b));
        return {
          policy: p.key,
          lastDay: p.lastDay,
          days: p.days,
          count: list.length,
          clients: list.slice(0, REMINDER_CLIENTS_SHOWN),
        };
      })
      .filter((p) => p.count > 0),
    notOnCurrentRules: {
      count: stale.length,
      clients: stale
        .map((s) => ({ ...who(rowById.get(s.id)!), never: s.never }))
        .sort(byName)
        .slice(0, REMINDER_CLIENTS_SHOWN),
    },
    needsInfo: { count: needsInfo.length, clients: needsInfo.slice(0, REMINDER_CLIENTS_SHOWN) },
  };
}

/** Of `ids`, those with no evaluation under `version`, and whether they have none at all. */
async function notOnCurrentRules(
  ids: readonly string[],
  version: string,
): Promise<{ id: string; never: boolean }[]> {
  const client = await db();
  const out: { id: string; never: boolean }[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await client.client.findMany({
      where: {
        id: { in: ids.slice(i, i + 1000) },
        evaluations: { none: { rulesVersion: version } },
      },
      select: { id: true, _count: { select: { evaluations: true } } },
    });
    for (const r of rows) out.push({ id: r.id, never: r._count.evaluations === 0 });
  }
  return out;
}
