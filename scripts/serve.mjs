// The production server: the current build (.next) served by one worker process per core.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0] [--workers N]
//
// PORT, HOST and WEB_CONCURRENCY set the same (HOSTNAME is not read: shells and containers set it
// to the machine's name). One Node.js process runs JavaScript on one core; with several workers
// (node:cluster, one shared listening socket, connections dealt out in turn) the server uses
// every core. Workers share their state through the database (sessions,
// login throttle, clients) and, for the API's rate limit on SQLite, through this primary process
// (rate-limiter-flexible's cluster store); on PostgreSQL the limit is counted in the database.
// With one worker the server runs in this process, without a primary.
//
// A worker that dies after it started is replaced; one that dies while starting (a port in use,
// a broken build) stops the server. SIGTERM/SIGINT: every worker stops accepting, finishes its
// requests (at most 10 s) and exits, then the primary.
import cluster from "node:cluster";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { scriptEnv } from "./lib/env.mjs";

const SHUTDOWN_GRACE_MS = 10_000;
/**
 * The dashboard's scheduler: every DASHBOARD_TICK_SECONDS (default 60; 0 turns it off) the primary
 * (or the only process) posts to its own /api/staff/dashboard/tick with a token only its workers
 * know; the route refreshes stale worklist summaries and sends due webhook reminders, under a lease
 * in the database so that one instance at a time does the work.
 */
process.env.DASHBOARD_TICK_TOKEN ??= randomBytes(24).toString("hex");
const TICK_SECONDS = Number(process.env.DASHBOARD_TICK_SECONDS ?? 60);

/** Set in each worker's environment: the API counts its rate limit through the primary. */
const CLUSTER_STORE = {
  API_RATE_LIMIT_STORE: "cluster",
  DASHBOARD_TICK_TOKEN: process.env.DASHBOARD_TICK_TOKEN,
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function positiveInteger(raw, fallback) {
  const value = Number(raw);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

const port = positiveInteger(option("port", process.env.PORT?.trim()), 3000);
const hostname = option("hostname", process.env.HOST?.trim() || undefined);
/** Default: one worker per core, at most 8 (each holds its own copy of the app, ~200 MB). */
const workers = positiveInteger(
  option("workers", process.env.WEB_CONCURRENCY?.trim()),
  Math.min(availableParallelism(), 8),
);
const shown = `http://${hostname && hostname !== "0.0.0.0" ? hostname : "localhost"}:${port}`;

/** Serves the build in this process until SIGTERM/SIGINT (or the primary's disconnect). */
async function serveHere() {
  process.env.NODE_ENV = "production";
  Object.assign(process.env, scriptEnv());
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    // The socket's peer for lib/api/client-ip.ts (PEER_HEADER), replacing any client-sent copy.
    req.headers["x-peer-address"] = req.socket.remoteAddress ?? "";
    handle(req, res).catch((error) => {
      console.error(`[serve] ${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  if (cluster.isWorker) cluster.worker.once("disconnect", stop);

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  return server;
}

async function primary() {
  const { RateLimiterClusterMaster } = await import("rate-limiter-flexible");
  new RateLimiterClusterMaster();

  let stopping = false;
  const ready = new Set();
  const fork = () => {
    const worker = cluster.fork(CLUSTER_STORE);
    worker.once("listening", () => {
      ready.add(worker.id);
      if (ready.size === workers) console.log(`serve: ${shown}, ${workers} workers`);
    });
  };

  cluster.on("exit", (worker, code, signal) => {
    const started = ready.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!started) {
      console.error(`serve: a worker could not start (exit ${code ?? signal}); stopping.`);
      shutDown(1);
      return;
    }
    console.error(
      `serve: worker ${worker.process.pid} died (${signal ?? code}); starting another.`,
    );
    fork();
  });

  const shutDown = (code) => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(code);
    for (const worker of alive) worker.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker.process.kill("SIGKILL");
      process.exit(code);
    }, SHUTDOWN_GRACE_MS + 2_000).unref();
    process.exitCode = code;
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => shutDown(0));

  for (let i = 0; i < workers; i += 1) fork();
}

function startScheduler() {
  if (!(TICK_SECONDS > 0)) return;
  const host = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}/api/staff/dashboard/tick`;
  const tick = () =>
    fetch(url, {
      method: "POST",
      headers: { "x-dashboard-tick-token": process.env.DASHBOARD_TICK_TOKEN },
      signal: AbortSignal.timeout(TICK_SECONDS * 1000),
    })
      .then((response) => response.body?.cancel())
      .catch((error) => console.error(`serve: dashboard tick failed: ${error.message}`));
  // A first tick soon after start: a deploy with new rules gets its worklist computed right away.
  setTimeout(tick, 5_000).unref();
  setInterval(tick, TICK_SECONDS * 1000).unref();
}

if (!existsSync(".next/BUILD_ID")) {
  console.error(
    "serve: no production build in .next — run `npm run build` (or `npm start`) first.",
  );
  process.exit(1);
}
// No process.title: it would overwrite the command line that `ps` and `pkill -f serve.mjs` see.
if (cluster.isWorker) {
  await serveHere();
} else if (workers === 1) {
  await serveHere();
  console.log(`serve: ${shown}, 1 worker`);
  startScheduler();
} else {
  await primary();
  startScheduler();
}
