import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { freshStaffDatabase, makeCentre } from "./support";

await freshStaffDatabase("webhooks");

const clients = await import("@/lib/data/clients");
const { db } = await import("@/lib/data/db");
const { sendDueWebhooks, MAX_ATTEMPTS } = await import("@/lib/data/webhooks");
const { dashboardTick } = await import("@/lib/data/scheduler");

type Received = { key: string; attempt: string; body: Record<string, unknown> };

/** A local receiver that answers the queued statuses in turn (then 200). */
function receiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({
        key: String(req.headers["idempotency-key"]),
        attempt: String(req.headers["x-delivery-attempt"]),
        body: JSON.parse(body) as Record<string, unknown>,
      });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  return { server, received, statuses };
}

const hook = receiver();
let url = "";
let west: Awaited<ReturnType<typeof makeCentre>>;
let east: Awaited<ReturnType<typeof makeCentre>>;

/** 2025-11-15 09:00 in Hangzhou (after the 08:00 sending hour); `minutes` later. */
const at = (minutes: number) => new Date(Date.parse("2025-11-15T01:00:00Z") + minutes * 60_000);
const options = (minutes: number) => ({ now: at(minutes), today: "2025-11-15" });

beforeAll(async () => {
  await new Promise<void>((resolve) => hook.server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/hook`;
  west = await makeCentre("Webhook west");
  east = await makeCentre("Webhook east");
  const example = profileSchema.parse(
    JSON.parse(readFileSync("examples/high-end-equipment-nev-maker.json", "utf8")),
  );
  // Its 2022–2024 figures moved on a year: on 2025-11-15 the round is 2026, for events of 2025.
  const f = example.finance!;
  const profile = { ...example, finance: { 2023: f["2022"]!, 2024: f["2023"]!, 2025: f["2024"]! } };
  await clients.createClient(west.staff, {
    name: "杭州星驰新能源汽车有限公司",
    creditCode: withCheckChar("91330100MA2W00001"),
    district: "钱塘区",
    profile,
  });
  const client = await db();
  await client.serviceCentre.update({ where: { id: west.centreId }, data: { webhookUrl: url } });
});

afterAll(() => new Promise<void>((resolve) => hook.server.close(() => resolve())));

describe("the daily webhook", () => {
  it("sends nothing before 08:00 in Hangzhou", async () => {
    expect(await sendDueWebhooks({ now: new Date("2025-11-14T23:30:00Z") })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(hook.received).toEqual([]);
  });

  it("retries a failed day later with the same body and key, and never sends it twice", async () => {
    hook.statuses.push(503);
    expect(await sendDueWebhooks(options(0))).toEqual({ sent: 0, failed: 1 });
    // Before the pause (1 minute) is over, and twice at once after it: one more attempt.
    expect(await sendDueWebhooks(options(0.5))).toEqual({ sent: 0, failed: 0 });
    const [one, two] = await Promise.all([
      sendDueWebhooks(options(2)),
      sendDueWebhooks(options(2)),
    ]);
    expect(one.sent + two.sent).toBe(1);
    expect(await sendDueWebhooks(options(3))).toEqual({ sent: 0, failed: 0 });
    expect(await sendDueWebhooks(options(60 * 10))).toEqual({ sent: 0, failed: 0 });

    expect(hook.received.map((r) => [r.key, r.attempt])).toEqual([
      [`${west.centreId}:2025-11-15`, "1"],
      [`${west.centreId}:2025-11-15`, "2"],
    ]);
    expect(hook.received[1]!.body).toEqual(hook.received[0]!.body);
    const body = hook.received[0]!.body as {
      centre: string;
      day: string;
      endingPolicies: { policy: { zh: string }; daysLeft: number; top: { name: string }[] }[];
      claimable: { clients: number; upToYuan: number };
    };
    expect(body.centre).toBe(west.staff.centreName);
    expect(body.day).toBe("2025-11-15");
    // The NEV maker: 23,000,000 yuan up to, in 高端装备, which ends 2025-12-31 (46 days).
    expect(body.claimable).toMatchObject({ clients: 1, upToYuan: 23_000_000 });
    expect(body.endingPolicies.map((p) => [p.policy.zh, p.daysLeft, p.top[0]?.name])).toEqual([
      ["高端装备", 46, "杭州星驰新能源汽车有限公司"],
    ]);
    expect(JSON.stringify(body)).not.toContain(west.centreId);
  });

  it("sends the next day's items once; a centre without a URL gets nothing", async () => {
    const nextDay = { now: new Date("2025-11-16T01:00:00Z"), today: "2025-11-16" };
    expect(await sendDueWebhooks(nextDay)).toEqual({ sent: 1, failed: 0 });
    expect(await sendDueWebhooks(nextDay)).toEqual({ sent: 0, failed: 0 });
    expect(hook.received.map((r) => r.key)).toEqual([
      `${west.centreId}:2025-11-15`,
      `${west.centreId}:2025-11-15`,
      `${west.centreId}:2025-11-16`,
    ]);
    const client = await db();
    expect(await client.webhookDelivery.count({ where: { centreId: east.centreId } })).toBe(0);
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts`, async () => {
    const client = await db();
    await client.serviceCentre.update({
      where: { id: east.centreId },
      data: { webhookUrl: "http://127.0.0.1:9/unreachable" },
    });
    let now = Date.parse("2025-11-17T01:00:00Z");
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await sendDueWebhooks({ now: new Date(now), today: "2025-11-17" });
      now += 4 * 60 * 60_000;
    }
    const row = await client.webhookDelivery.findFirstOrThrow({
      where: { centreId: east.centreId },
    });
    expect([row.status, row.attempts]).toEqual(["failed", MAX_ATTEMPTS]);
  });

  it("the scheduler's tick runs on one instance at a time", async () => {
    const [a, b] = await Promise.all([dashboardTick(at(0)), dashboardTick(at(0))]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
  });
});
