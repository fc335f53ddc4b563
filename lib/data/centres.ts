import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, NotFoundError, requireAdmin } from "@/lib/data/errors";
import { recordAudit } from "./audit";
import { db, isUniqueViolation } from "./db";
import { transaction } from "./transaction";

/** Service centres: the admin creates and renames them; everyone sees their own. */

export const centreInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  district: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(50).optional()),
});

export type CentreSummary = {
  id: string;
  name: string;
  district: string | null;
  staff: number;
  clients: number;
};

export async function listCentres(actor: Actor): Promise<CentreSummary[]> {
  const client = await db();
  const centres = await client.serviceCentre.findMany({
    where: actor.role === "admin" ? {} : { id: actor.centreId ?? "" },
    include: {
      _count: { select: { staff: true, clients: { where: { deletedAt: null } } } },
    },
    orderBy: { name: "asc" },
  });
  return centres.map((c) => ({
    id: c.id,
    name: c.name,
    district: c.district,
    staff: c._count.staff,
    clients: c._count.clients,
  }));
}

export async function createCentre(
  actor: Actor | null,
  input: z.output<typeof centreInputSchema>,
): Promise<{ id: string; name: string }> {
  if (actor) requireAdmin(actor);
  const client = await db();
  try {
    return await transaction(client, async (tx) => {
      const centre = await tx.serviceCentre.create({
        data: { name: input.name, district: input.district ?? null },
      });
      await recordAudit(
        {
          actor,
          actorEmail: actor ? undefined : "system",
          action: "create",
          entity: "centre",
          entityId: centre.id,
          centreId: centre.id,
          summary: `创建服务中心 ${centre.name}`,
        },
        tx,
      );
      return { id: centre.id, name: centre.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("duplicate", "name taken");
    throw error;
  }
}

export async function renameCentre(
  actor: Actor,
  id: string,
  input: z.output<typeof centreInputSchema>,
): Promise<void> {
  requireAdmin(actor);
  const client = await db();
  try {
    await transaction(client, async (tx) => {
      const before = await tx.serviceCentre.findUnique({ where: { id } });
      if (!before) throw new NotFoundError();
      await tx.serviceCentre.update({
        where: { id },
        data: { name: input.name, district: input.district ?? null },
      });
      await recordAudit(
        {
          actor,
          action: "update",
          entity: "centre",
          entityId: id,
          centreId: id,
          summary: `修改服务中心 ${before.name} → ${input.name}`,
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("duplicate", "name taken");
    throw error;
  }
}

/** The centre of that name, created if there is none (scripts/staff-create.ts --centre). */
export async function ensureCentre(name: string): Promise<{ id: string; name: string }> {
  const client = await db();
  const existing = await client.serviceCentre.findUnique({ where: { name } });
  return existing ? { id: existing.id, name: existing.name } : createCentre(null, { name });
}
