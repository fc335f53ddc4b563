import "server-only";
import { z } from "zod";
import { webhookPayload } from "@/lib/dashboard/webhook-payload";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/data/errors";
import { todayInHangzhou } from "@/lib/today";
import { recordAudit } from "./audit";
import { db, isUniqueViolation } from "./db";
import { reminders, type RemindersOptions } from "./reminders";

/**
 * The daily reminders posted to a centre's webhook. Each centre and day has one delivery row,
 * created with the day's items (its idempotency key is "<centre>:<day>"), so every attempt sends
 * the same body and a day is sent once: a 2xx answer ends it, anything else is retried later with
 * growing pauses. An instance takes a row with a short lease before sending, so two instances
 * never send the same row at once.
 */

/** The hour (Hangzhou time) from which the day's reminders are sent. */
export const WEBHOOK_HOUR = 8;
export const MAX_ATTEMPTS = 6;
/** Pause after the n-th failed attempt: 1, 5, 15, 60, 180 minutes. */
const RETRY_MINUTES = [1, 5, 15, 60, 180];
const LEASE_MS = 60_000;
const TIMEOUT_MS = 10_000;

const hangzhouHour = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Shanghai",
  hour: "2-digit",
  hourCycle: "h23",
});

/** Reads a centre's reminders as an admin would, for the webhook. */
const system = (centreId: string): Actor => ({
  id: "system",
  email: "",
  name: "system",
  role: "admin",
  centreId,
  centreName: null,
});

/** Creates today's delivery rows of the centres with a webhook (once the hour has come). */
async function createTodaysDeliveries(now: Date, options: RemindersOptions): Promise<number> {
  if (Number(hangzhouHour.format(now)) < WEBHOOK_HOUR) return 0;
  const day = todayInHangzhou(now);
  const client = await db();
  const centres = await client.serviceCentre.findMany({
    where: { webhookUrl: { not: null }, webhookDeliveries: { none: { day } } },
    select: { id: true, name: true, webhookUrl: true },
  });
  let created = 0;
  for (const centre of centres) {
    const items = await reminders(system(centre.id), { centreId: centre.id }, {
      ...options,
      today: day,
    });
    try {
      await client.webhookDelivery.create({
        data: {
          centreId: centre.id,
          day,
          idempotencyKey: `${centre.id}:${day}`,
          url: centre.webhookUrl!,
          payloadJson: JSON.stringify(webhookPayload(centre.name, items)),
          status: "pending",
          nextAttemptAt: now,
        },
      });
      created += 1;
    } catch (error) {
      // Another instance created the day's row first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

export type SendOptions = RemindersOptions & {
  readonly now?: Date;
  readonly fetch?: typeof fetch;
};

/**
 * Creates the day's deliveries when due and sends every pending one whose time has come. Returns
 * how many were sent and how many failed this time.
 */
export async function sendDueWebhooks(
  options: SendOptions = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? new Date();
  const send = options.fetch ?? fetch;
  await createTodaysDeliveries(now, options);
  const client = await db();
  const due = await client.webhookDelivery.findMany({
    where: {
      status: "pending",
      nextAttemptAt: { lte: now },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: 50,
  });
  let sent = 0;
  let failed = 0;
  const holder = new Date(now.getTime() + LEASE_MS + Math.floor(Math.random() * 1000));
  for (const d of due) {
    // The lease: only the instance whose update matched sends this row.
    const taken = await client.webhookDelivery.updateMany({
      where: {
        id: d.id,
        status: "pending",
        attempts: d.attempts,
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
      },
      data: { lockedUntil: holder },
    });
    if (taken.count !== 1) continue;
    const attempt = d.attempts + 1;
    let problem: string | null = null;
    try {
      const response = await send(d.url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "idempotency-key": d.idempotencyKey,
          "x-delivery-attempt": String(attempt),
        },
        body: d.payloadJson,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: "error",
      });
      if (!response.ok) problem = `HTTP ${response.status}`;
      await response.body?.cancel().catch(() => undefined);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem === null) {
      sent += 1;
      await client.webhookDelivery.update({
        where: { id: d.id },
        data: { status: "sent", sentAt: new Date(), attempts: attempt, lockedUntil: null },
      });
    } else {
      failed += 1;
      const pause = RETRY_MINUTES[Math.min(attempt - 1, RETRY_MINUTES.length - 1)]! * 60_000;
      await client.webhookDelivery.update({
        where: { id: d.id },
        data: {
          status: attempt >= MAX_ATTEMPTS ? "failed" : "pending",
          attempts: attempt,
          lastError: problem.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + pause),
          lockedUntil: null,
        },
      });
    }
  }
  return { sent, failed };
}

export type DeliverySummary = {
  readonly day: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: Date | null;
};

/** A centre's latest deliveries, newest first (for the admin page). */
export async function recentDeliveries(centreId: string, take = 5): Promise<DeliverySummary[]> {
  const client = await db();
  return client.webhookDelivery.findMany({
    where: { centreId },
    orderBy: { day: "desc" },
    take,
    select: { day: true, status: true, attempts: true, lastError: true, sentAt: true },
  });
}


/** A centre's webhook: an http(s) URL, or empty for none. */
export const webhookUrlSchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z
    .string()
    .trim()
    .max(500)
    .url()
    .refine((u) => /^https?:\/\//i.test(u))
    .nullable(),
);

/** Admins set or clear a centre's webhook (audited without the URL's query, which may hold a key). */
export async function setCentreWebhook(
  actor: Actor,
  centreId: string,
  url: string | null,
): Promise<void> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const client = await db();
  const centre = await client.serviceCentre.findUnique({ where: { id: centreId } });
  if (!centre) throw new NotFoundError();
  await client.serviceCentre.update({ where: { id: centreId }, data: { webhookUrl: url } });
  await recordAudit({
    actor,
    action: "update",
    entity: "centre",
    entityId: centreId,
    centreId,
    summary: url
      ? `设置服务中心 ${centre.name} 的提醒推送地址 ${new URL(url).origin}`
      : `关闭服务中心 ${centre.name} 的提醒推送`,
  });
}

/** Every centre's webhook URL and its latest delivery, by centre id (admin page). */
export async function centreWebhooks(
  actor: Actor,
): Promise<Map<string, { url: string | null; last: DeliverySummary | null }>> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const client = await db();
  const centres = await client.serviceCentre.findMany({
    select: {
      id: true,
      webhookUrl: true,
      webhookDeliveries: {
        orderBy: { day: "desc" },
        take: 1,
        select: { day: true, status: true, attempts: true, lastError: true, sentAt: true },
      },
    },
  });
  return new Map(
    centres.map((c) => [c.id, { url: c.webhookUrl, last: c.webhookDeliveries[0] ?? null }]),
  );
}
