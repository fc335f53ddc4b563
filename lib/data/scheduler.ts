import "server-only";
import { db, isUniqueViolation } from "./db";
import { sendDueWebhooks } from "./webhooks";
import { refreshStaleEntries } from "./worklist";

/**
 * The dashboard's periodic work, run by the server's scheduler (scripts/serve.mjs posts to
 * /api/staff/dashboard/tick every minute): worklist summaries made stale by a new profile or new
 * rules are computed ahead of the next read, and the day's webhook reminders are sent. A lease in
 * the database lets one instance at a time do it.
 */

const LEASE_KEY = "lease:dashboard-tick";
const LEASE_MS = 5 * 60_000;
/** Summaries computed per tick at most: a centre of 5,000 clients in one tick after new rules. */
const REFRESH_PER_TICK = 10_000;

/** Takes the lease until `now + ms` unless another holder's lease is still running. */
export async function takeLease(key: string, ms: number, now = new Date()): Promise<boolean> {
  const client = await db();
  const until = new Date(now.getTime() + ms).toISOString();
  const current = await client.appMeta.findUnique({ where: { key } });
  if (!current) {
    try {
      await client.appMeta.create({ data: { key, value: until } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
  if (current.value > now.toISOString()) return false;
  // Compare and set: of two instances that saw the same expired lease, one update matches.
  const taken = await client.appMeta.updateMany({
    where: { key, value: current.value },
    data: { value: until },
  });
  return taken.count === 1;
}

export async function releaseLease(key: string): Promise<void> {
  const client = await db();
  await client.appMeta.updateMany({ where: { key }, data: { value: new Date(0).toISOString() } });
}

export type TickReport = {
  readonly ran: boolean;
  readonly refreshed: number;
  readonly sent: number;
  readonly failed: number;
};

export async function dashboardTick(now = new Date()): Promise<TickReport> {
  if (!(await takeLease(LEASE_KEY, LEASE_MS, now)))
    return { ran: false, refreshed: 0, sent: 0, failed: 0 };
  try {
    const { refreshed } = await refreshStaleEntries(REFRESH_PER_TICK);
    const { sent, failed } = await sendDueWebhooks({ now });
    return { ran: true, refreshed, sent, failed };
  } finally {
    await releaseLease(LEASE_KEY);
  }
}
