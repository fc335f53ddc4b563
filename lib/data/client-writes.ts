import "server-only";
import { type Actor } from "@/lib/auth/actor";
import { withClientFacts, type ClientInput, type ClientUpdate } from "@/lib/clients/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { diffProfiles, type FactChange } from "@/lib/evaluations/profile-diff";
import { recordAudit, type AuditEntry } from "./audit";
import { parseStoredProfile, visibleClient } from "./clients";
import { db, isUniqueViolation } from "./db";
import { transaction } from "./transaction";
import { precomputeEntries } from "./worklist-entries";

/**
 * Changes to client records: create, update (with optimistic versioning) and soft delete. Each
 * writes its audit entry and refreshes the client's worklist entries in the same transaction.
 */

/** The centre a new client goes to: a staff member's own; an admin's choice (or their own). */
function targetCentre(actor: Actor, requested?: string | null): string {
  if (actor.role === "admin") {
    const centre = requested || actor.centreId;
    if (!centre) throw new ConflictError("wrong-state", "choose a centre");
    return centre;
  }
  if (!actor.centreId) throw new ForbiddenError();
  if (requested && requested !== actor.centreId) throw new ForbiddenError();
  return actor.centreId;
}

/** A new client filled in from a self-check the enterprise handed over (with its consent). */
export type CreateHandoff = { readonly source: "file" | "link"; readonly note?: string };

export async function createClient(
  actor: Actor,
  input: ClientInput & { centreId?: string | null; handoff?: CreateHandoff },
): Promise<{ id: string }> {
  const centreId = targetCentre(actor, input.centreId);
  const client = await db();
  const profile = withClientFacts(input.profile, input);
  try {
    return await transaction(client, async (tx) => {
      const centre = await tx.serviceCentre.findUnique({ where: { id: centreId } });
      if (!centre) throw new NotFoundError("centre");
      const created = await tx.client.create({
        data: {
          centreId,
          name: input.name,
          creditCode: input.creditCode ?? null,
          district: input.district ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          notes: input.notes ?? null,
          profileJson: JSON.stringify(profile),
          createdById: actor.id,
          updatedById: actor.id,
        },
      });
      await recordAudit(
        {
          actor,
          action: "create",
          entity: "client",
          entityId: created.id,
          centreId,
          summary: `新建客户 ${created.name}${created.creditCode ? `（${created.creditCode}）` : "（未填信用代码）"}`,
        },
        tx,
      );
      if (input.handoff) {
        const note = (input.handoff.note ?? "").trim().slice(0, 500);
        await recordAudit(
          {
            actor,
            action: "import",
            entity: "client",
            entityId: created.id,
            centreId,
            summary:
              `新客户 ${created.name} 由企业自测（${input.handoff.source === "file" ? "导出文件" : "分享链接"}）填入；` +
              `企业已同意将自测信息交由本中心使用${note ? `；说明：${note}` : ""}`,
            detail: { source: input.handoff.source, consent: true, consentNote: note || null },
          },
          tx,
        );
      }
      await precomputeEntries(tx, [
        { clientId: created.id, centreId, clientVersion: created.version, profile },
      ]);
      return { id: created.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("duplicate", "credit code exists");
    throw error;
  }
}

/** What an update records instead of the usual "update" entry (an import names its source). */
export type UpdateAudit = (change: {
  readonly fields: readonly string[];
  readonly profileChanges: readonly FactChange[];
  readonly version: number;
}) => Pick<AuditEntry, "action" | "summary" | "detail">;

/**
 * Saves an edit made on version `input.version`. The version is part of the UPDATE's WHERE
 * clause, so of two people who opened the same version, the second to save is refused with a
 * ConflictError("stale-version") instead of overwriting the first.
 */
export async function updateClient(
  actor: Actor,
  input: ClientUpdate,
  audit?: UpdateAudit,
): Promise<{ version: number }> {
  const before = await visibleClient(actor, input.id);
  if (before.deletedAt) throw new ConflictError("wrong-state", "deleted");
  const client = await db();
  const profile = withClientFacts(input.profile, input);
  const changedFields = (
    ["name", "creditCode", "district", "contactName", "contactPhone", "notes"] as const
  ).filter((k) => (before[k] ?? null) !== (input[k] ?? null));
  const profileChanges = diffProfiles(parseStoredProfile(before.profileJson), profile);
  try {
    return await transaction(client, async (tx) => {
      const result = await tx.client.updateMany({
        where: { id: input.id, version: input.version, deletedAt: null },
        data: {
          name: input.name,
          creditCode: input.creditCode ?? null,
          district: input.district ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          notes: input.notes ?? null,
          profileJson: JSON.stringify(profile),
          updatedById: actor.id,
          version: { increment: 1 },
        },
      });
      if (result.count === 0) throw new ConflictError("stale-version");
      const entry = audit
        ? audit({ fields: changedFields, profileChanges, version: input.version + 1 })
        : {
            action: "update" as const,
            summary: `修改客户 ${input.name}`,
            detail: {
              fields: changedFields,
              profileFacts: [...new Set(profileChanges.map((c) => c.path))].slice(0, 50),
              version: input.version + 1,
            },
          };
      await recordAudit(
        { actor, entity: "client", entityId: input.id, centreId: before.centreId, ...entry },
        tx,
      );
      await precomputeEntries(tx, [
        {
          clientId: input.id,
          centreId: before.centreId,
          clientVersion: input.version + 1,
          profile,
        },
      ]);
      return { version: input.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("duplicate", "credit code exists");
    throw error;
  }
}

async function setDeleted(actor: Actor, id: string, deleted: boolean): Promise<void> {
  const row = await visibleClient(actor, id);
  if (!!row.deletedAt === deleted) return;
  const client = await db();
  await transaction(client, async (tx) => {
    const result = await tx.client.updateMany({
      where: { id, deletedAt: deleted ? null : { not: null } },
      data: {
        deletedAt: deleted ? new Date() : null,
        updatedById: actor.id,
        version: { increment: 1 },
      },
    });
    if (result.count === 0) return;
    await recordAudit(
      {
        actor,
        action: deleted ? "delete" : "restore",
        entity: "client",
        entityId: id,
        centreId: row.centreId,
        summary: `${deleted ? "删除" : "恢复"}客户 ${row.name}`,
      },
      tx,
    );
  });
}

/** Soft delete: the client leaves the list but keeps its evaluations and can be restored. */
export const deleteClient = (actor: Actor, id: string) => setDeleted(actor, id, true);
export const restoreClient = (actor: Actor, id: string) => setDeleted(actor, id, false);
