import "server-only";
import { burnVerifyTime, verifyPassword } from "@/lib/auth/password";
import {
  IP_LOCK_AFTER,
  LOCK_AFTER,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  sessionIsLive,
  sessionNeedsTouch,
  throttleDecision,
} from "@/lib/auth/policy";
import { hashSessionToken, newSessionToken } from "@/lib/auth/token";
import { isRole, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "./audit";
import { db } from "./db";
import { accountDelay, accountKey, ipKey, pairKey, recordFailure } from "./throttle";
import { transaction } from "./transaction";

export type LoginMeta = { readonly ip: string; readonly userAgent?: string | null };

export type LoginResult =
  | { readonly ok: true; readonly token: string; readonly expiresAt: Date; readonly actor: Actor }
  | { readonly ok: false; readonly reason: "invalid" }
  | { readonly ok: false; readonly reason: "locked" | "slow-down"; readonly retryAt: Date };

/**
 * Checks an e-mail address and password. Failed attempts are counted in the database (so every
 * instance sees them) under three keys (lib/data/throttle.ts), none of which lets an attacker shut
 * someone else out:
 * - per account and client address: after 3 failures each attempt waits 1, 2, 4 … 30 s, after 10
 *   that address is locked out of that account for 15 minutes;
 * - per client address, over all accounts: the same after more failures (IP_LOCK_AFTER);
 * - per account, from every address: each answer is slowed by at most ACCOUNT_MAX_DELAY_MS, never
 *   refused, so the owner always gets in from their own address.
 * A correct password during a wait or lock is refused too. An unknown address costs the same time
 * as a wrong password. Admins see the counters and clear them (lib/data/throttle.ts).
 */
export async function authenticate(
  rawEmail: string,
  password: string,
  meta: LoginMeta,
  now: Date = new Date(),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<LoginResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 200);
  const client = await db();

  const [byPair, byIp, byAccount] = await Promise.all([
    client.loginThrottle.findUnique({ where: { key: pairKey(meta.ip, email) } }),
    client.loginThrottle.findUnique({ where: { key: ipKey(meta.ip) } }),
    client.loginThrottle.findUnique({ where: { key: accountKey(email) } }),
  ]);
  for (const decision of [throttleDecision(byPair, now), throttleDecision(byIp, now)])
    if (!decision.allowed) {
      await recordAudit({
        actor: null,
        actorEmail: email,
        action: "login-failed",
        entity: "session",
        summary:
          decision.reason === "locked"
            ? "登录被拒绝：该地址已被暂时锁定"
            : "登录被拒绝：尝试过于频繁",
        detail: { ip: meta.ip, reason: decision.reason },
      });
      return { ok: false, reason: decision.reason, retryAt: decision.retryAt };
    }
  const slowDown = accountDelay(byAccount, now);
  if (slowDown > 0) await sleep(slowDown);

  const user = await client.staffUser.findUnique({ where: { email }, include: { centre: true } });
  const passwordOk = user ? await verifyPassword(user.passwordHash, password) : false;
  if (!user) await burnVerifyTime(password);

  if (!user || !user.active || !passwordOk) {
    const state = await transaction(client, async (tx) => {
      const e = await recordFailure(tx, pairKey(meta.ip, email), now, LOCK_AFTER);
      await recordFailure(tx, ipKey(meta.ip), now, IP_LOCK_AFTER);
      await recordFailure(tx, accountKey(email), now, Number.MAX_SAFE_INTEGER);
      await recordAudit(
        {
          actor: null,
          actorEmail: email,
          action: "login-failed",
          entity: "session",
          centreId: user?.centreId ?? null,
          summary: e.lockedUntil ? "登录失败，该地址对此账号锁定 15 分钟" : "登录失败",
          detail: { ip: meta.ip, failures: e.failures },
        },
        tx,
      );
      return e;
    });
    if (state.lockedUntil) return { ok: false, reason: "locked", retryAt: state.lockedUntil };
    return { ok: false, reason: "invalid" };
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await transaction(client, async (tx) => {
    await tx.loginThrottle.deleteMany({
      where: { key: { in: [pairKey(meta.ip, email), accountKey(email)] } },
    });
    await tx.session.create({
      data: {
        tokenHash: hashSessionToken(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      },
    });
    await tx.staffUser.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(
      {
        actor: user,
        action: "login",
        entity: "session",
        centreId: user.centreId,
        summary: "登录",
        detail: { ip: meta.ip },
      },
      tx,
    );
  });
  await purgeExpiredSessions(now);
  return { ok: true, token, expiresAt, actor: toActor(user) };
}

type UserWithCentre = {
  id: string;
  email: string;
  name: string;
  role: string;
  centreId: string | null;
  centre: { name: string } | null;
};

function toActor(u: UserWithCentre): Actor {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: isRole(u.role) ? u.role : "staff",
    centreId: u.centreId,
    centreName: u.centre?.name ?? null,
  };
}

export type ResolvedSession = { readonly sessionId: string; readonly actor: Actor };

/**
 * The staff member behind a session token, or null when the token is unknown, the session has
 * been idle for 8 hours or is older than 7 days, or the account was deactivated.
 */
export async function resolveSession(
  token: string | undefined,
  now: Date = new Date(),
): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const client = await db();
  const session = await client.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    include: { user: { include: { centre: true } } },
  });
  if (!session) return null;
  if (!sessionIsLive(session, now) || !session.user.active) {
    await client.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (sessionNeedsTouch(session, now))
    await client.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { sessionId: session.id, actor: toActor(session.user) };
}

/** Ends the session of `token` (logout). */
export async function endSession(token: string | undefined): Promise<void> {
  if (!token) return;
  const client = await db();
  const session = await client.session.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    include: { user: true },
  });
  if (!session) return;
  await transaction(client, async (tx) => {
    await tx.session.deleteMany({ where: { id: session.id } });
    await recordAudit(
      {
        actor: session.user,
        action: "logout",
        entity: "session",
        centreId: session.user.centreId,
        summary: "退出登录",
      },
      tx,
    );
  });
}

/**
 * Deletes sessions that can no longer be used: past their absolute end or idle for 8 hours
 * (`resolveSession` refuses them anyway). Called at every successful login, so the table holds
 * little more than the live sessions without a timer of its own.
 */
export async function purgeExpiredSessions(now: Date = new Date()): Promise<number> {
  const client = await db();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const result = await client.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] },
  });
  return result.count;
}
