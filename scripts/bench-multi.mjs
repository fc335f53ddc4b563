// Longer than 300 lines on purpose: one procedure (build check, start, seed, load, report) read top to bottom.
// npm run bench:multi — a bounded load test of two instances on one PostgreSQL database.
//
// Needs a production build (`npx next build`; builds nothing itself) and PostgreSQL: the local
// server of scripts/pg-local.sh (started if need be, database policy_calculator_bench, emptied
// first) or BENCH_DATABASE_URL. Starts two production servers (one worker each) on free loopback ports, seeds the
// database as a first start does, logs one staff member in, then, from a second process, runs a
// mixed workload for --duration seconds over --connections connections, each request going to the
// other instance than the one before:
//   evaluate  POST /api/v1/evaluate (the example profiles)          2 in 4
//   save      POST the client edit form (optimistic version check)  1 in 4, each connection its own client
//   list      GET /staff (the workspace's client list)              1 in 4
// Prints requests per second and p50/p99 per kind and in all, checks that every save is in the
// database (each client's version), and stops the servers. Options: --connections N (8),
// --duration S (15), --warmup S (3).
import { fork, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { Visitor, alerts, formWith } from "../tests/integration/multi-instance/http.mjs";
import { resetDatabase, startInstances } from "../tests/integration/multi-instance/instances.mjs";
import { scriptEnv } from "./lib/env.mjs";

const HARD_LIMIT_MS = 5 * 60_000;
const KINDS = ["evaluate", "save", "evaluate", "list"];

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ---- the load generator, in a child process --------------------------------------------------
if (process.argv[2] === "--load") {
  process.once("message", async (job) => {
    process.send(await runLoad(job), () => process.exit(0));
  });
  process.send("ready");
} else {
  const timer = setTimeout(() => {
    console.error("bench:multi: still running after 5 minutes; giving up.");
    process.exit(1);
  }, HARD_LIMIT_MS);
  timer.unref();
  try {
    await main();
  } catch (error) {
    console.error(`bench:multi: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

/** One connection's loop: its own client, requests alternating between the two instances. */
async function worker(job, index, deadline, samples) {
  const { bases, cookie, bodies, clients } = job;
  const visitor = new Visitor();
  visitor.cookies = new Map(cookie);
  const mine = clients[index % clients.length];
  let version = mine.version;
  let form;
  let saves = 0;
  let turn = index;
  for (let i = index; Date.now() < deadline; i++) {
    const kind = KINDS[i % KINDS.length];
    const base = bases[turn++ % bases.length];
    const started = performance.now();
    let ok = false;
    try {
      if (kind === "evaluate") {
        const response = await fetch(`${base}/api/v1/evaluate`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: bodies[i % bodies.length],
        });
        await response.arrayBuffer();
        ok = response.status === 200;
      } else if (kind === "list") {
        const response = await visitor.fetch(`${base}/staff`);
        await response.arrayBuffer();
        ok = response.status === 200;
      } else {
        const url = `${base}/staff/clients/${mine.id}/edit`;
        if (!form) {
          const { html } = await visitor.page(url);
          form = formWith(html, "version");
        }
        const reply = await visitor.submit(url, form, {
          version,
          contactName: `压测 ${index}-${saves + 1}`,
        });
        ok = reply.status === 303;
        if (ok) {
          version += 1;
          saves += 1;
        } else if (alerts(reply.html).length > 0) {
          form = undefined; // refused (another version): read the form again next time
        }
      }
    } catch {
      ok = false;
    }
    samples.push([kind, performance.now() - started, ok]);
  }
  return { id: mine.id, saves, version };
}

async function runLoad(job) {
  const samples = [];
  // Warm-up: the same mix, not measured (first requests compile routes and fill caches).
  if (job.warmup > 0) {
    const until = Date.now() + job.warmup * 1000;
    const warm = await Promise.all(
      Array.from({ length: job.connections }, (_, i) => worker(job, i, until, [])),
    );
    job.clients = job.clients.map((c) => {
      const w = warm.find((x) => x.id === c.id);
      return w ? { ...c, version: w.version } : c;
    });
  }
  const started = Date.now();
  const deadline = started + job.duration * 1000;
  const results = await Promise.all(
    Array.from({ length: job.connections }, (_, i) => worker(job, i, deadline, samples)),
  );
  const { user, system } = process.cpuUsage();
  return {
    seconds: (Date.now() - started) / 1000,
    samples,
    results,
    clientCpuMs: (user + system) / 1000,
  };
}

function load(job) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--load"], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("message", (message) => {
      if (message === "ready") child.send(job);
      else resolve(message);
    });
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`load exited with ${code}`)));
  });
}

function exampleBodies() {
  const files = existsSync("examples")
    ? readdirSync("examples")
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  if (files.length === 0) throw new Error("no example profiles in examples/");
  return files.map((f) =>
    JSON.stringify({
      profile: JSON.parse(readFileSync(`examples/${f}`, "utf8")),
      asOf: "2025-06-30",
    }),
  );
}

function databaseUrl() {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  if (given) return given;
  const start = spawnSync("bash", ["scripts/pg-local.sh", "start"], { stdio: "inherit" });
  if (start.status !== 0) throw new Error("no PostgreSQL (scripts/pg-local.sh start failed)");
  return spawnSync("bash", ["scripts/pg-local.sh", "url", "policy_calculator_bench"])
    .stdout.toString()
    .trim();
}

/** A staff member of the first centre, written straight into the database. */
async function createStaff(url) {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const password = `bench-${randomUUID()}`;
  const passwordHash = await hash(password, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const centre = await client.query(
      'SELECT id FROM "ServiceCentre" ORDER BY "createdAt", id LIMIT 1',
    );
    if (centre.rowCount === 0) throw new Error("the seed created no service centre");
    await client.query(
      `INSERT INTO "StaffUser" (id, email, name, role, "passwordHash", "centreId", "updatedAt")
       VALUES ($1, $2, '压测', 'staff', $3, $4, now())`,
      [randomUUID(), email, passwordHash, centre.rows[0].id],
    );
    const clients = await client.query(
      `SELECT id, version FROM "Client" WHERE "centreId" = $1 AND "deletedAt" IS NULL ORDER BY id`,
      [centre.rows[0].id],
    );
    return { email, password, clients: clients.rows };
  } finally {
    await client.end();
  }
}

async function versions(url, ids) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query('SELECT id, version FROM "Client" WHERE id = ANY($1)', [ids]);
    return new Map(result.rows.map((row) => [row.id, row.version]));
  } finally {
    await client.end();
  }
}

async function main() {
  const connections = Number(option("connections", "8"));
  const duration = Number(option("duration", "15"));
  const warmup = Number(option("warmup", "3"));
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("no production build: run `npx next build` first");

  const url = databaseUrl();
  console.log("database: emptied, migrated and seeded (PostgreSQL)…");
  await resetDatabase(url);
  const seed = spawnSync(process.execPath, ["scripts/seed.mjs"], {
    env: scriptEnv({ DATABASE_URL: url }),
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
  const staff = await createStaff(url);
  if (staff.clients.length < connections)
    throw new Error(`the seed made ${staff.clients.length} clients; use --connections ≤ that`);

  const { instances, stop } = await startInstances({
    databaseUrl: url,
    count: 2,
    env: { API_RATE_LIMIT_PER_MINUTE: "1000000000", NODE_ENV: "production" },
    logDir: "test-results/bench-multi",
  });
  const bases = instances.map((i) => i.base);
  const onSignal = () => stop().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    console.log(`servers: ${bases.join(", ")} (pids ${instances.map((i) => i.pid).join(", ")})`);
    // One login on the first instance; the session serves both.
    const visitor = new Visitor();
    const loginUrl = `${bases[0]}/staff/login`;
    const { html } = await visitor.page(loginUrl);
    const reply = await visitor.submit(loginUrl, formWith(html, "password"), {
      email: staff.email,
      password: staff.password,
    });
    if (reply.status !== 303) throw new Error(`login failed (${reply.status})`);

    const clients = staff.clients.slice(0, connections);
    console.log(
      `load: ${connections} connections for ${duration} s (+${warmup} s warm-up), ` +
        "evaluate : save client : list clients = 2 : 1 : 1, alternating instances…",
    );
    const [load1] = loadavg();
    const r = await load({
      bases,
      cookie: [...visitor.cookies],
      bodies: exampleBodies(),
      clients,
      connections,
      duration,
      warmup,
    });

    const byKind = new Map();
    for (const [kind, ms, ok] of r.samples) {
      const entry = byKind.get(kind) ?? { ms: [], errors: 0 };
      entry.ms.push(ms);
      if (!ok) entry.errors += 1;
      byKind.set(kind, entry);
    }
    const all = r.samples.map(([, ms]) => ms).sort((a, b) => a - b);
    const errors = r.samples.filter(([, , ok]) => !ok).length;
    const line = (name, ms, errs) => {
      ms.sort((a, b) => a - b);
      return (
        `${name.padEnd(10)} ${String(ms.length).padStart(7)} ${(ms.length / r.seconds).toFixed(1).padStart(8)}` +
        ` ${percentile(ms, 50).toFixed(1).padStart(8)} ${percentile(ms, 99).toFixed(1).padStart(8)}` +
        ` ${String(errs).padStart(7)}`
      );
    };
    console.log(`\n${"kind".padEnd(10)} requests    req/s  p50 ms  p99 ms  errors`);
    for (const kind of ["evaluate", "save", "list"]) {
      const entry = byKind.get(kind);
      if (entry) console.log(line(kind, entry.ms, entry.errors));
    }
    console.log(line("all", all, errors));

    // Every save the servers acknowledged is in the database, whichever instance took it.
    const stored = await versions(
      url,
      r.results.map((w) => w.id),
    );
    const lost = r.results.filter((w) => stored.get(w.id) !== w.version);
    console.log(
      `\nsaves: ${r.results.reduce((n, w) => n + w.saves, 0)} acknowledged; ` +
        (lost.length === 0
          ? "every client's version in the database matches (nothing lost)."
          : `${lost.length} client(s) whose stored version differs!`),
    );
    console.log(
      `machine: ${availableParallelism()} cores, load average ${load1.toFixed(2)} before the run; ` +
        `load generator used ${(r.clientCpuMs / 1000).toFixed(1)} s CPU in the same machine.`,
    );
    console.log(
      `RESULT rps=${(all.length / r.seconds).toFixed(1)} p99_ms=${percentile(all, 99).toFixed(1)} errors=${errors}`,
    );
    if (errors > 0 || lost.length > 0) process.exitCode = 1;
  } finally {
    await stop();
  }
}
