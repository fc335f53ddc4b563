import "server-only";
import { z } from "zod";
import {
  hashPassword,
  passwordProblem,
  passwordSchema,
  verifyPassword,
  type PasswordProblem,
} from "@/lib/auth/password";
import { throttleDecision } from "@/lib/auth/policy";
import { isRole, ROLES, type Actor, type Role } from "@/lib/auth/actor";
import { ConflictError, NotFoundError, requireAdmin } from "@/lib/data/errors";
import { recordAudit } from "./audit";
import { db, isUniqueViolation } from "./db";
import { passwordCheckKey, recordFailure } from "./throttle";
import { transaction } from "./transaction";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(200));

export const staffInputSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  centreId: z.preprocess(
    (v) => (v === "" ? null : v),
    z.string().min(1).max(64).nullable().optional(),
  ),
  password: passwordSchema,
});
export type StaffInput = z.output<typeof staffInputSchema>;

export type StaffSummary = {
  id: string;
  email: string;
  name: string;
  role: Role;
  centreId: string | null;
  centreName: string | null;
  active: boolean;
  lastLoginAt: Date | null;
};

/** An unknown centre id (a forged form) is "not found", not a foreign-key failure. */
async function requireCentre(centreId: string | null | undefined): Promise<void> {
  if (!centreId) return;
  const client = await db();
  if (!(await client.serviceCentre.findUnique({ where: { id: centreId }, select: { id: true } })))
    throw new NotFoundError();
}

/** Creates an account (by an admin, or by the command line / first start when `actor` is null). */
export async function createStaff(actor: Actor | null, input: StaffInput): Promise<StaffSummary> {
  if (actor) requireAdmin(actor);
  const client = await db();
  if (input.role === "staff" && !input.centreId)
    throw new ConflictError("wrong-state", "a staff member belongs to a centre");
  await requireCentre(input.centreId);
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await transaction(client, async (tx) => {
      const created = await tx.staffUser.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          centreId: input.centreId ?? null,
          passwordHash,
        },
        include: { centre: true },
      });
      await recordAudit(
        {
          actor,
          actorEmail: actor ? undefined : "system",
          action: "create",
          entity: "staff",
          entityId: created.id,
          centreId: created.centreId,
          summary: `创建账号 ${created.email}（${created.role}）`,
        },
        tx,
      );
      return created;
    });
    return toSummary(user);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("duplicate", "email taken");
    throw error;
  }
}

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  centreId: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  centre: { name: string } | null;
};

function toSummary(u: UserRow): StaffSummary {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: isRole(u.role) ? u.role : "staff",
    centreId: u.centreId,
    centreName: u.centre?.name ?? null,
    active: u.active,
    lastLoginAt: u.lastLoginAt,
  };
}

export async function listStaff(actor: Actor): Promise<StaffSummary[]> {
  requireAdmin(actor);
  const client = await db();
  const users = await client.staffUser.findMany({
    include: { centre: true },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return users.map(toSummary);
}

export const staffUpdateSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  centreId: z.preprocess(
    (v) => (v === "" ? null : v),
    z.string().min(1).max(64).nullable().optional(),
  ),
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

/** Changes name, role, centre or whether the account may log in; ends its sessions when it may not. */
export async function updateStaff(
  actor: Actor,
  input: z.output<typeof staffUpdateSchema>,
): Promise<void> {
  requireAdmin(actor);
  if (input.id === actor.id && (!input.active || input.role !== "admin"))
    throw new ConflictError("wrong-state", "admins cannot demote or deactivate themselves");
  if (input.role === "staff" && !input.centreId)
    throw new ConflictError("wrong-state", "a staff member belongs to a centre");
  await requireCentre(input.centreId);
  const client = await db();
  await transaction(client, async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    await tx.staffUser.update({
      where: { id: input.id },
      data: {
        name: input.name,
        role: input.role,
        centreId: input.centreId ?? null,
        active: input.active,
      },
    });
    if (!input.active || before.centreId !== (input.centreId ?? null) || before.role !== input.role)
      await tx.session.deleteMany({ where: { userId: input.id } });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "staff",
        entityId: input.id,
        centreId: input.centreId ?? null,
        summary: `修改账号 ${before.email}`,
        detail: {
          role: [before.role, input.role],
          centreId: [before.centreId, input.centreId ?? null],
          active: [before.active, input.active],
        },
      },
      tx,
    );
  });
}

/** An admin sets someone's password; their sessions end. */
export async function resetPassword(actor: Actor, userId: string, password: string): Promise<void> {
  requireAdmin(actor);
  const parsed = passwordSchema.parse(password);
  const passwordHash = await hashPassword(parsed);
  const client = await db();
  await transaction(client, async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError();
    await tx.staffUser.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(
      {
        actor,
        action: "password",
        entity: "staff",
        entityId: userId,
        centreId: user.centreId,
        summary: `重设 ${user.email} 的密码`,
      },
      tx,
    );
  });
}

export type PasswordChange =
  | { readonly result: "ok" | "wrong" }
  | { readonly result: PasswordProblem }
  | { readonly result: "slow-down"; readonly retryAt: Date };

/**
 * Someone changes their own password; their other sessions end. Wrong current passwords are
 * counted per account like failed logins (after 3, each check waits 1, 2, 4 … 30 s), so a stolen
 * session cannot be used to guess the password.
 */
export async function changeOwnPassword(
  actor: Actor,
  current: string,
  next: string,
  keepSessionId: string,
  now: Date = new Date(),
): Promise<PasswordChange> {
  const client = await db();
  const key = passwordCheckKey(actor.id);
  const decision = throttleDecision(await client.loginThrottle.findUnique({ where: { key } }), now);
  if (!decision.allowed) return { result: "slow-down", retryAt: decision.retryAt };
  const user = await client.staffUser.findUnique({ where: { id: actor.id } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    await transaction(client, (tx) => recordFailure(tx, key, now, Number.MAX_SAFE_INTEGER));
    return { result: "wrong" };
  }
  const problem = passwordProblem(next, { email: user.email, current });
  if (problem) return { result: problem };
  const passwordHash = await hashPassword(next);
  await transaction(client, async (tx) => {
    await tx.loginThrottle.deleteMany({ where: { key } });
    await tx.staffUser.update({ where: { id: actor.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: actor.id, id: { not: keepSessionId } } });
    await recordAudit(
      {
        actor,
        action: "password",
        entity: "staff",
        entityId: actor.id,
        centreId: actor.centreId,
        summary: "修改了自己的密码",
      },
      tx,
    );
  });
  return { result: "ok" };
}

/** Sets a password from the command line (scripts/staff-create.ts --reset). */
export async function setPasswordByEmail(email: string, password: string): Promise<boolean> {
  const client = await db();
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  const result = await client.staffUser.updateMany({
    where: { email: emailSchema.parse(email) },
    data: { passwordHash },
  });
  if (result.count === 0) return false;
  const user = await client.staffUser.findUnique({ where: { email: emailSchema.parse(email) } });
  if (user) {
    await client.session.deleteMany({ where: { userId: user.id } });
    await recordAudit({
      actor: null,
      actorEmail: "system",
      action: "password",
      entity: "staff",
      entityId: user.id,
      centreId: user.centreId,
      summary: `命令行重设 ${user.email} 的密码`,
    });
  }
  return true;
}

export {
  centreInputSchema,
  createCentre,
  ensureCentre,
  listCentres,
  renameCentre,
  type CentreSummary,
} from "./centres";
