import "server-only";
import {
  afterFailure,
  delayAfter,
  FAILURE_WINDOW_MS,
  type ThrottleState,
} from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/data/errors";
import { recordAudit } from "./audit";
import { db, type Tx } from "./db";
import { transaction } from "./transaction";

/** Failed logins of one account from one client address (an address cannot contain "|"). */
export const pairKey = (ip: string, email: string) => `pair:${ip}|${email}`;
/** Failed logins from one client address, any account. */
export const ipKey = (ip: string) => `ip:${ip}`;
/** Failed logins of one account from every address: slows answers, never refuses. */
export const accountKey = (email: string) => `account:${email}`;

/** The most a login on one account is slowed by failures from elsewhere. */
export const ACCOUNT_MAX_DELAY_MS = 3_000;

/** How long to hold a login to this account: 1, 2 s … capped, once 3 failures are recent. */
export function accountDelay(state: ThrottleState | null, now: Date): number {
  if (!state?.lastFailureAt) return 0;
  if (now.getTime() - state.lastFailureAt.getTime() > FAILURE_WINDOW_MS) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, delayAfter(state.failures));
}

/** The counter of wrong current passwords on the change-password form of one account. */
export const passwordCheckKey = (userId: string) => `password-check:${userId}`;

async function readThrottle(tx: Tx, key: string): Promise<ThrottleState | null> {
  return tx.loginThrottle.findUnique({ where: { key } });
}

/** Counts one failure on `key` (login or password check); returns the counter after it. */
export async function recordFailure(tx: Tx, key: string, now: Date, lockAfter: number) {
  // Lock the counter's row first (creating it if need be): on PostgreSQL, concurrent failures on
  // several instances then queue here instead of each writing its own +1 over the others'.
  await tx.loginThrottle.upsert({ where: { key }, create: { key }, update: { key } });
  const next = afterFailure(await readThrottle(tx, key), now, lockAfter);
  await tx.loginThrottle.update({ where: { key }, data: next });
  return next;
}

export type ThrottledAccount = {
  readonly email: string;
  readonly failures: number;
  readonly lastFailureAt: Date;
  /** The client addresses that failed, each with its count and lock. */
  readonly addresses: readonly {
    readonly ip: string;
    readonly failures: number;
    readonly lockedUntil: Date | null;
  }[];
};

/** Accounts with failed logins in the last hour, most recent first, and where they came from (admins). */
export async function listThrottledAccounts(
  actor: Actor,
  now: Date = new Date(),
): Promise<ThrottledAccount[]> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const client = await db();
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const rows = await client.loginThrottle.findMany({
    where: { lastFailureAt: { gte: since }, failures: { gt: 0 } },
    orderBy: { lastFailureAt: "desc" },
    take: 500,
  });
  const accounts = new Map<string, ThrottledAccount & { addresses: ThrottledAccount["addresses"][number][] }>();
  for (const row of rows)
    if (row.key.startsWith("account:"))
      accounts.set(row.key.slice("account:".length), {
        email: row.key.slice("account:".length),
        failures: row.failures,
        lastFailureAt: row.lastFailureAt!,
        addresses: [],
      });
  for (const row of rows) {
    if (!row.key.startsWith("pair:")) continue;
    const rest = row.key.slice("pair:".length);
    const bar = rest.indexOf("|");
    const account = accounts.get(rest.slice(bar + 1));
    account?.addresses.push({
      ip: rest.slice(0, bar),
      failures: row.failures,
      lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    });
  }
  return [...accounts.values()];
}

/** Clears an account's failure counters, from every address (admins); audited. */
export async function unlockAccount(actor: Actor, rawEmail: string): Promise<void> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const email = rawEmail.trim().toLowerCase().slice(0, 200);
  const client = await db();
  await transaction(client, async (tx) => {
    const pairs = await tx.loginThrottle.findMany({
      where: { key: { startsWith: "pair:", endsWith: `|${email}` } },
      select: { key: true },
    });
    const exact = pairs.map((p) => p.key).filter((k) => k.slice(k.indexOf("|") + 1) === email);
    await tx.loginThrottle.deleteMany({ where: { key: { in: [accountKey(email), ...exact] } } });
    await recordAudit(
      {
        actor,
        action: "update",
        entity: "staff",
        summary: `解除 ${email} 的登录限制`,
        detail: { addresses: exact.length },
      },
      tx,
    );
  });
}
