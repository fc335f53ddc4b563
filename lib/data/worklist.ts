import "server-only";
// About 300 lines on purpose: the worklist's query, its cached entries and its filters are read together.
import type { Prisma } from "@/generated/prisma/client";
import { basisOn, type WorklistBasis } from "@/lib/dashboard/basis";
import { policyStanding } from "@/lib/dashboard/policy-standing";
import { atStakeOf, forPolicy, type WorklistSummary } from "@/lib/dashboard/summary";
import type { Registry } from "@/lib/engine/evaluate";
import type { IsoDate, PolicyKey } from "@/lib/engine/types";
import type { Actor } from "@/lib/auth/actor";
import { todayInHangzhou } from "@/lib/today";
import { registry } from "@/rules";
import { parseStoredProfile } from "./clients";
import { db, isUniqueViolation } from "./db";
import { computeEntry, ENTRY_CHUNK, writeEntries } from "./worklist-entries";
import { transaction } from "./transaction";

/**
 * The round worklist: every client of the centre with clauses it can claim, by the amount at stake.
 * Each client's current profile is evaluated once per rules version and basis and kept as a compact
 * WorklistEntry. Saving a profile writes its entry (lib/data/worklist-entries.ts); new rules or a
 * new basis make entries stale, and the server's scheduler computes those ahead of the next read
 * (a read computes whatever is still stale itself).
 */

export const WORKLIST_STATUSES = ["fixed", "to-win", "needs-info", "ending"] as const;
export type WorklistStatus = (typeof WORKLIST_STATUSES)[number];

export type WorklistQuery = {
  /** Admins: one centre, or every centre when absent. Ignored for staff (their own centre). */
  readonly centreId?: string;
  readonly policy?: PolicyKey;
  readonly district?: string;
  /** The staff member who added the client. */
  readonly staffId?: string;
  readonly status?: WorklistStatus;
  readonly page?: number;
  /** Rows per page; 0 for every row (export, print). */
  readonly pageSize?: number;
};

export type WorklistRow = {
  readonly clientId: string;
  readonly name: string;
  readonly creditCode: string | null;
  readonly district: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly centreName: string;
  readonly staffName: string | null;
  /** Narrowed to the policy filtered by, if any. */
  readonly summary: WorklistSummary;
  readonly atStake: number;
  /** Policies of its claimable clauses that end soon, soonest first. */
  readonly ending: readonly PolicyKey[];
};

export type Worklist = {
  readonly rows: readonly WorklistRow[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** Sums over every matching row (not only the page), in yuan. */
  readonly totals: { readonly fixed: number; readonly upTo: number; readonly toWin: number };
  /** Staff members who added the centre's clients, for the filter. */
  readonly staff: readonly { readonly id: string; readonly name: string }[];
  /** Entries computed again for this read (the others were current). */
  readonly refreshed: number;
  readonly basis: WorklistBasis;
  readonly rulesVersion: string;
};

export type WorklistOptions = {
  readonly rules?: Registry;
  readonly today?: IsoDate;
};


function centreScope(actor: Actor, centreId?: string): Prisma.ClientWhereInput {
  if (actor.role === "admin") return centreId ? { centreId } : {};
  return { centreId: actor.centreId ?? "\u0000no-centre" };
}

type Loaded = {
  id: string;
  centreId: string;
  version: number;
  name: string;
  creditCode: string | null;
  district: string | null;
  contactName: string | null;
  contactPhone: string | null;
  createdById: string | null;
  centre: { name: string };
  worklist: { clientVersion: number; rulesVersion: string; basis: string; summaryJson: string } | null;
};

type EntryState = {
  id: string;
  centreId: string;
  version: number;
  worklist: { clientVersion: number; rulesVersion: string; basis: string } | null;
};

const isCurrent = (r: EntryState, rules: Registry, basis: WorklistBasis) =>
  !!r.worklist &&
  r.worklist.clientVersion === r.version &&
  r.worklist.rulesVersion === rules.version &&
  r.worklist.basis === basis.key;

/** Evaluates the clients' current profiles, writes their entries and returns the summaries. */
async function computeEntries(
  stale: readonly EntryState[],
  rules: Registry,
  basis: WorklistBasis,
): Promise<Map<string, WorklistSummary>> {
  const summaries = new Map<string, WorklistSummary>();
  const client = await db();
  for (let i = 0; i < stale.length; i += ENTRY_CHUNK) {
    const chunk = stale.slice(i, i + ENTRY_CHUNK);
    const centreOf = new Map(chunk.map((r) => [r.id, r.centreId]));
    const profiles = await client.client.findMany({
      where: { id: { in: chunk.map((r) => r.id) } },
      select: { id: true, profileJson: true, version: true },
    });
    const entries = profiles.map((p) => {
      const entry = computeEntry(
        {
          clientId: p.id,
          centreId: centreOf.get(p.id)!,
          clientVersion: p.version,
          profile: parseStoredProfile(p.profileJson),
        },
        rules,
        basis,
      );
      summaries.set(p.id, entry.summary);
      return entry;
    });
    try {
      await transaction(client, (tx) => writeEntries(tx, entries, rules.version, basis));
    } catch (error) {
      // Another request wrote the same entries meanwhile: theirs are as good as ours.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return summaries;
}

/** The stored summaries of the current rows, and the stale ones computed again. */
async function summariesOf(
  rows: readonly Loaded[],
  rules: Registry,
  basis: WorklistBasis,
): Promise<{ summaries: Map<string, WorklistSummary>; refreshed: number }> {
  const stale = rows.filter((r) => !isCurrent(r, rules, basis));
  const summaries = stale.length ? await computeEntries(stale, rules, basis) : new Map();
  for (const r of rows)
    if (!summaries.has(r.id) && r.worklist)
      summaries.set(r.id, JSON.parse(r.worklist.summaryJson) as WorklistSummary);
  return { summaries, refreshed: stale.length };
}

/**
 * Computes up to `limit` stale entries of any centre ahead of the next read (the server's
 * scheduler calls this, so the worklist stays fast after a profile or the rules change).
 * Returns how many were computed and how many remain stale.
 */
export async function refreshStaleEntries(
  limit: number,
  options: WorklistOptions = {},
): Promise<{ refreshed: number; remaining: number }> {
  const rules = options.rules ?? registry;
  const basis = basisOn(options.today ?? todayInHangzhou(), rules);
  const client = await db();
  const rows = await client.client.findMany({
    where: { deletedAt: null },
    select: {
      id: true,
      centreId: true,
      version: true,
      worklist: { select: { clientVersion: true, rulesVersion: true, basis: true } },
    },
  });
  const stale = rows.filter((r) => !isCurrent(r, rules, basis));
  const now = stale.slice(0, limit);
  await computeEntries(now, rules, basis);
  return { refreshed: now.length, remaining: stale.length - now.length };
}

/** Every current client in the actor's scope with its (refreshed) summary. */
export async function worklistSummaries(
  actor: Actor,
  query: Pick<WorklistQuery, "centreId" | "district" | "staffId"> = {},
  options: WorklistOptions = {},
) {
  const rules = options.rules ?? registry;
  const basis = basisOn(options.today ?? todayInHangzhou(), rules);
  const client = await db();
  const rows: Loaded[] = await client.client.findMany({
    where: {
      ...centreScope(actor, query.centreId),
      deletedAt: null,
      ...(query.district ? { district: query.district } : {}),
      ...(query.staffId ? { createdById: query.staffId } : {}),
    },
    select: {
      id: true,
      centreId: true,
      version: true,
      name: true,
      creditCode: true,
      district: true,
      contactName: true,
      contactPhone: true,
      createdById: true,
      centre: { select: { name: true } },
      worklist: {
        select: { clientVersion: true, rulesVersion: true, basis: true, summaryJson: true },
      },
    },
  });
  const { summaries, refreshed } = await summariesOf(rows, rules, basis);
  return { rows, summaries, refreshed, basis, rules };
}

const matchesStatus = (row: WorklistRow, status: WorklistStatus | undefined): boolean => {
  const s = row.summary;
  switch (status) {
    case undefined:
      return true;
    case "fixed":
      return s.fixed > 0;
    case "to-win":
      return s.clauses.some((c) => c.certainty === "to-win");
    case "needs-info":
      return s.needsInfo > 0;
    case "ending":
      return row.ending.length > 0;
  }
};

/** The worklist of the actor's centre (admins: a chosen centre or all), filtered and paged. */
export async function worklist(
  actor: Actor,
  query: WorklistQuery = {},
  options: WorklistOptions = {},
): Promise<Worklist> {
  const today = options.today ?? todayInHangzhou();
  const { rows, summaries, refreshed, basis, rules } = await worklistSummaries(actor, query, {
    ...options,
    today,
  });
  const client = await db();
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((id) => id !== null))];
  const creators = await client.staffUser.findMany({
    where: { id: { in: creatorIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const names = new Map(creators.map((c) => [c.id, c.name]));

  const matching: WorklistRow[] = [];
  for (const r of rows) {
    const full = summaries.get(r.id);
    if (!full) continue;
    const summary = query.policy ? forPolicy(full, query.policy) : full;
    const hasWork = summary.clauses.length > 0 || (!query.policy && summary.needsInfo > 0);
    if (!hasWork) continue;
    const ending = summary.policies.filter((p) => policyStanding(p, today) === "ending");
    const row: WorklistRow = {
      clientId: r.id,
      name: r.name,
      creditCode: r.creditCode,
      district: r.district,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      centreName: r.centre.name,
      staffName: r.createdById ? (names.get(r.createdById) ?? null) : null,
      summary,
      atStake: atStakeOf(summary),
      ending,
    };
    if (matchesStatus(row, query.status)) matching.push(row);
  }
  matching.sort(
    (a, b) =>
      b.atStake - a.atStake ||
      b.ending.length - a.ending.length ||
      b.summary.needsInfoCeiling - a.summary.needsInfoCeiling ||
      a.name.localeCompare(b.name, "zh-CN"),
  );
  const totals = { fixed: 0, upTo: 0, toWin: 0 };
  for (const r of matching) {
    totals.fixed += r.summary.fixed;
    totals.upTo += r.summary.upTo;
    totals.toWin += r.summary.toWin;
  }
  const all = query.pageSize === 0;
  const pageSize = all ? matching.length : Math.min(Math.max(query.pageSize ?? 50, 1), 200);
  const page = all ? 1 : Math.max(1, query.page ?? 1);
  return {
    rows: all ? matching : matching.slice((page - 1) * pageSize, page * pageSize),
    total: matching.length,
    page,
    pageSize,
    totals,
    staff: creators,
    refreshed,
    basis,
    rulesVersion: rules.version,
  };
}
