import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { loadStoredProfile } from "@/lib/profile/load";
import { currentRound } from "@/lib/rounds";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { canSeeCentre, type Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { diffProfiles } from "@/lib/evaluations/profile-diff";
import { registry } from "@/rules";
import {
  containsIgnoringCase,
  db,
  escapeLike,
  hasLikeWildcards,
  isSqlite,
} from "./db";

export type ClientSummary = {
  id: string;
  centreId: string;
  centreName: string;
  name: string;
  /** Empty for a walk-in not yet identified; required before an evaluation is saved. */
  creditCode: string | null;
  district: string | null;
  contactName: string | null;
  updatedAt: Date;
  deletedAt: Date | null;
  evaluations: number;
  lastEvaluatedAt: Date | null;
  /** The round of the latest saved evaluation. */
  lastRound: number | null;
  /**
   * Why the latest saved evaluation no longer stands: none was saved, it used older rules, or the
   * profile changed since. Null when it is current.
   */
  reevaluate: Reevaluate | null;
};

export type Reevaluate = "never" | "rules" | "profile";

export type ClientDetail = Omit<
  ClientSummary,
  "evaluations" | "lastEvaluatedAt" | "lastRound" | "reevaluate"
> & {
  contactPhone: string | null;
  notes: string | null;
  profile: Profile;
  version: number;
  createdAt: Date;
};

export type ClientListQuery = {
  readonly q?: string;
  readonly district?: string;
  /** Admins may narrow the list to one centre. */
  readonly centreId?: string;
  /** Show deleted clients (to restore them) instead of current ones. */
  readonly deleted?: boolean;
  /** Only clients with no evaluation saved under the rules in force (never evaluated included). */
  readonly notOnCurrentRules?: boolean;
  /** Only clients with an evaluation saved for this application round (申报年度). */
  readonly round?: number;
  readonly page?: number;
  readonly pageSize?: number;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Where a staff member may look: their centre; admins everywhere (or the centre they chose). */
function scope(actor: Actor, centreId?: string): Prisma.ClientWhereInput {
  if (actor.role === "admin") return centreId ? { centreId } : {};
  return { centreId: actor.centreId ?? "\u0000no-centre" };
}

/**
 * Clients with no evaluation saved under the rules in force (never evaluated included); read at
 * each query, like the per-row flag, so both always name the same version.
 */
const notOnCurrentRules = (): Prisma.ClientWhereInput => ({
  evaluations: { none: { rulesVersion: registry.version } },
});

/** SQLite: ids of clients whose name, code or district holds `q` as written (% and _ literal). */
async function literalMatches(q: string, code: string): Promise<string[]> {
  const client = await db();
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Client"
    WHERE instr(lower(name), lower(${q})) > 0
       OR instr(creditCode, ${code}) > 0
       OR instr(lower(coalesce(district, '')), lower(${q})) > 0`;
  return rows.map((r) => r.id);
}

/** The last page number answered (100,000 pages of 100: ten million clients). */
const MAX_PAGE = 100_000;

export async function listClients(
  actor: Actor,
  query: ClientListQuery = {},
): Promise<Page<ClientSummary>> {
  const client = await db();
  const pageSize = Math.min(Math.max(query.pageSize ?? 20, 1), 100);
  // Any page number is answered (past the end: an empty page); skip stays a small integer.
  const requested = Math.trunc(query.page ?? 1);
  const page = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), MAX_PAGE) : 1;
  const q = query.q?.trim();
  const code = q?.replace(/\s+/g, "").toUpperCase() ?? "";
  const codeText = isSqlite() ? code : escapeLike(code);
  const where: Prisma.ClientWhereInput = {
    ...scope(actor, query.centreId),
    deletedAt: query.deleted ? { not: null } : null,
    ...(query.district ? { district: query.district } : {}),
    ...(query.notOnCurrentRules ? notOnCurrentRules() : {}),
    ...(query.round ? { AND: [{ evaluations: { some: { round: query.round } } }] } : {}),
    ...(q && isSqlite() && hasLikeWildcards(q)
      ? { id: { in: await literalMatches(q, code) } }
      : q
      ? {
          OR: [
            { name: containsIgnoringCase(q) },
            { creditCode: { contains: codeText } },
            { district: containsIgnoringCase(q) },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    client.client.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: {
        centre: { select: { name: true } },
        _count: { select: { evaluations: true } },
        evaluations: {
          select: { createdAt: true, round: true, rulesVersion: true, profileJson: true },
          orderBy: { createdAt: "desc" },
          take: 1,
        },
      },
    }),
    client.client.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      centreId: r.centreId,
      centreName: r.centre.name,
      name: r.name,
      creditCode: r.creditCode,
      district: r.district,
      contactName: r.contactName,
      updatedAt: r.updatedAt,
      deletedAt: r.deletedAt,
      evaluations: r._count.evaluations,
      lastEvaluatedAt: r.evaluations[0]?.createdAt ?? null,
      lastRound: r.evaluations[0]?.round ?? null,
      reevaluate: reevaluate(r.profileJson, r.evaluations[0]),
    })),
    total,
    page,
    pageSize,
  };
}

/**
 * The ids (newest first, at most `limit`) and the number of the visible current clients that
 * have no evaluation saved under the rules in force.
 */
export async function clientsNotOnCurrentRules(
  actor: Actor,
  { centreId, limit }: { centreId?: string; limit: number },
): Promise<{ ids: string[]; total: number }> {
  const client = await db();
  const where: Prisma.ClientWhereInput = {
    ...scope(actor, centreId),
    deletedAt: null,
    ...notOnCurrentRules(),
  };
  const [rows, total] = await Promise.all([
    client.client.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: { id: true },
    }),
    client.client.count({ where }),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

function reevaluate(
  profileJson: string,
  latest: { rulesVersion: string; profileJson: string } | undefined,
): Reevaluate | null {
  if (!latest) return "never";
  if (latest.rulesVersion !== registry.version) return "rules";
  // Both read through the schema, so that defaults it fills in do not count as changes.
  const before = parseStoredProfile(latest.profileJson);
  return diffProfiles(before, parseStoredProfile(profileJson)).length > 0
    ? "profile"
    : null;
}

/** Loads a client row the actor may see: 404 when there is none, 403 when it is another centre's. */
export async function visibleClient(actor: Actor, id: string) {
  const client = await db();
  const row = await client.client.findUnique({ where: { id }, include: { centre: true } });
  if (!row) throw new NotFoundError();
  if (!canSeeCentre(actor, row.centreId)) throw new ForbiddenError();
  return row;
}

export function parseStoredProfile(json: string): Profile {
  // A profile saved under an older schema still opens: keys this version no longer knows are
  // dropped (lib/profile/load.ts); a profile that is otherwise unreadable opens empty.
  // A version-1 profile the data migration has not reached yet (scripts/upgrade-profiles.mjs)
  // has its “本年度” figures read as those of today's round.
  const loaded = loadStoredProfile(JSON.parse(json), currentRound().eventYear);
  return loaded.ok ? loaded.profile : profileSchema.parse({ enterprise: {} });
}

export async function getClient(actor: Actor, id: string): Promise<ClientDetail> {
  const row = await visibleClient(actor, id);
  return {
    id: row.id,
    centreId: row.centreId,
    centreName: row.centre.name,
    name: row.name,
    creditCode: row.creditCode,
    district: row.district,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    notes: row.notes,
    profile: parseStoredProfile(row.profileJson),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

export { createClient, deleteClient, restoreClient, updateClient } from "./client-writes";
