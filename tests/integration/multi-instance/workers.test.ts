// One production server with two worker processes on one SQLite file, as `npm start` runs it on
// two cores: the workers share the API's rate limit (counted by the primary process), write to
// the database at the same time without losing anything, and a worker that dies is replaced.
import { rmSync } from "node:fs";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/data/db";
import { applyMigrations } from "@/tests/support/migrate";
import { formWith, Visitor } from "./http.mjs";
import { startInstances } from "./instances.mjs";
import { childrenOf } from "@/scripts/lib/processes.mjs";

const LIMIT = 12;
const DATABASE = "data/test-workers.db";
const url = `file:./${DATABASE}`;

let base: string;
let serverPid: number;
let stop: () => Promise<void>;
let db: ReturnType<typeof createPrismaClient>;

beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    rmSync(`${DATABASE}${suffix}`, { force: true });
  applyMigrations(url);
  db = createPrismaClient(url);
  const started = await startInstances({
    databaseUrl: url,
    count: 1,
    workers: 2,
    env: { API_RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUSTED_PROXY: "" },
    logDir: "test-results/workers",
  });
  base = started.instances[0]!.base;
  serverPid = Number(started.instances[0]!.pid);
  stop = started.stop;
});

afterAll(async () => {
  await stop?.();
  await db?.$disconnect();
});

/** GET on a connection of its own: the primary deals connections to the workers in turn. */
function getOnNewConnection(path: string): Promise<{ status: number; remaining: number }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { agent: false }, (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          remaining: Number(res.headers["ratelimit-remaining"]),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("a server with two workers on one SQLite file", () => {
  it("runs two worker processes under one primary", () => {
    expect(childrenOf(serverPid)).toHaveLength(2);
  });

  it(`counts a client's API requests once for both workers: ${LIMIT} answered, then 429`, async () => {
    const replies = [];
    for (let i = 0; i < LIMIT + 4; i++) replies.push(await getOnNewConnection("/api/v1/policies"));
    const statuses = replies.map((r) => r.status);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429, 429, 429]);
    // One count: LIMIT-1, LIMIT-2, … 0, whichever worker answered (per-worker counts would repeat).
    expect(replies.slice(0, LIMIT).map((r) => r.remaining)).toEqual(
      Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i),
    );
  });

  it("logs eight people in at once through both workers: eight sessions, no error", async () => {
    const centre = await db.serviceCentre.create({ data: { name: "并发测试中心" } });
    const passwordHash = await hashPassword("workers-test-password");
    const emails = Array.from({ length: 8 }, (_, i) => `worker-${i}@example.com`);
    await db.staffUser.createMany({
      data: emails.map((email) => ({
        email,
        name: email,
        role: "staff",
        centreId: centre.id,
        passwordHash,
      })),
    });
    const visitors = emails.map(() => new Visitor());
    const forms = await Promise.all(
      visitors.map(async (v) => formWith((await v.page(`${base}/staff/login`)).html, "password")),
    );
    const replies = await Promise.all(
      visitors.map((v, i) =>
        v.submit(`${base}/staff/login`, forms[i], {
          email: emails[i],
          password: "workers-test-password",
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(303));
    expect(await db.session.count({ where: { user: { email: { in: emails } } } })).toBe(8);
  });

  it("replaces a worker that dies, and serves on", async () => {
    const [victim, survivor] = childrenOf(serverPid);
    process.kill(victim!, "SIGKILL");
    let workers: number[] = [];
    for (let tries = 0; tries < 120; tries++) {
      workers = childrenOf(serverPid);
      if (workers.length === 2 && !workers.includes(victim!)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(workers).toHaveLength(2);
    expect(workers).toContain(survivor);
    expect(workers).not.toContain(victim);
    for (let i = 0; i < 4; i++) expect((await getOnNewConnection("/api/health")).status).toBe(200);
  });
});
