import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/data/errors";
import { db, type Tx } from "./db";

export const AUDIT_ACTIONS = [
  "login",
  "login-failed",
  "logout",
  "create",
  "update",
  "delete",
  "restore",
  "evaluate",
  "export",
  "upload",
  "import",
  "run",
  "password",
  "seed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ["session", "client", "evaluation", "batch", "centre", "staff"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export type AuditEntry = {
  readonly actor: Pick<Actor, "id" | "email"> | null;
  /** For entries without a logged-in actor (a failed login): the address tried. */
  readonly actorEmail?: string;
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId?: string | null;
  readonly centreId?: string | null;
  readonly summary: string;
  /** Field names, counts, ids — never passwords, tokens or profile figures. */
  readonly detail?: Record<string, unknown>;
};

/** Appends one entry, inside the caller's transaction when given one. */
export async function recordAudit(entry: AuditEntry, tx?: Tx): Promise<void> {
  const client = tx ?? (await db());
  await client.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? entry.actorEmail ?? "",
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      centreId: entry.centreId ?? null,
      summary: entry.summary.slice(0, 500),
      detailJson: entry.detail ? JSON.stringify(entry.detail) : null,
    },
  });
}

export type AuditFilter = {
  readonly action?: string;
  readonly entity?: string;
  readonly actor?: string;
  readonly centreId?: string;
  readonly entityId?: string;
  /** YYYY-MM-DD, inclusive, in Asia/Shanghai. */
  readonly from?: string;
  readonly to?: string;
};

export type AuditRow = {
  id: string;
  at: Date;
  actorEmail: string;
  action: string;
  entity: string;
  entityId: string | null;
  centreId: string | null;
  centreName: string | null;
  summary: string;
  detail: Record<string, unknown> | null;
};

const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** Admins browse the log, newest first. */
export async function listAudit(
  actor: Actor,
  filter: AuditFilter,
  page = 1,
  pageSize = 50,
): Promise<{ rows: AuditRow[]; total: number; page: number; pageSize: number }> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const client = await db();
  const at: { gte?: Date; lt?: Date } = {};
  if (filter.from) at.gte = shanghaiMidnight(filter.from);
  if (filter.to) at.lt = new Date(shanghaiMidnight(filter.to).getTime() + 24 * 60 * 60 * 1000);
  const where = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.centreId ? { centreId: filter.centreId } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(at.gte || at.lt ? { at } : {}),
  };
  const [rows, total, centres] = await Promise.all([
    client.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    client.auditLog.count({ where }),
    client.serviceCentre.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map(centres.map((c) => [c.id, c.name]));
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorEmail: r.actorEmail,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      centreId: r.centreId,
      centreName: r.centreId ? (names.get(r.centreId) ?? null) : null,
      summary: r.summary,
      detail: r.detailJson ? (JSON.parse(r.detailJson) as Record<string, unknown>) : null,
    })),
    total,
    page,
    pageSize,
  };
}
