// npm run bench:api — load benchmark of POST /api/v1/evaluate against the production build.
//
// Needs an existing build (`npx next build`); builds nothing itself. Starts the production server
// (scripts/serve.mjs, one worker per core as `npm start` runs it; --workers N to change) on a free
// loopback port with a rate limit no client reaches, waits for
// /api/health, checks every body once, then drives the endpoint with the example profiles from a
// second process (autocannon, bounded), prints requests per second and p50/p99 latency, and stops
// the server. Options: --connections N (10), --duration S (15), --warmup S (3), --as-of YYYY-MM-DD.
import { fork, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { scriptEnv } from "./lib/env.mjs";
import { processTree } from "./lib/processes.mjs";

const HOST = "127.0.0.1";
const SERVE_SCRIPT = "scripts/serve.mjs";
const TARGET_RPS = 1000;
const TARGET_P99_MS = 50;
const PATH = "/api/v1/evaluate";

// ---- the load generator, run in a child process so that it does not share the server's core ----
if (process.argv[2] === "--load") {
  const { default: autocannon } = await import("autocannon");
  process.once("message", async ({ url, bodies, connections, duration }) => {
    const result = await autocannon({
      url,
      connections,
      duration,
      requests: bodies.map((body) => ({
        method: "POST",
        path: PATH,
        headers: { "content-type": "application/json" },
        body,
      })),
    });
    const { user, system } = process.cpuUsage();
    process.send({ ...result, clientCpuMs: (user + system) / 1000 }, () => process.exit(0));
  });
  process.send("ready");
} else {
  await main();
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The example profiles as request bodies; an inline drug maker when there are none. */
function requestBodies(asOf) {
  const files = existsSync("examples")
    ? readdirSync("examples")
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
  const profiles = files.map((f) => JSON.parse(readFileSync(`examples/${f}`, "utf8")));
  if (profiles.length === 0) {
    profiles.push({
      enterprise: { industries: ["biomedicine"] },
      biomedicine: {
        drugs: [
          {
            id: "d1",
            name: "示例新药",
            drugType: "chemical",
            registrationClass: "1",
            clinicalPhase: "II",
            licensedAndIndustrialised: true,
            rdInvestment: 30_000_000,
          },
        ],
      },
    });
  }
  return {
    names: files.length ? files : ["(inline profile)"],
    bodies: profiles.map((profile) => JSON.stringify({ profile, asOf })),
  };
}

async function waitForHealth(base, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
      // 503 means the database is not ready; the API does not use it, so the server is up.
      return response.status;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error("the server did not answer /api/health in time");
}

function runLoad(url, bodies, connections, duration) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--load"], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.on("message", (message) => {
      if (message === "ready") child.send({ url, bodies, connections, duration });
      else resolve(message);
    });
    child.once("error", reject);
    child.once(
      "exit",
      (code) => code !== 0 && reject(new Error(`autocannon exited with code ${code}`)),
    );
  });
}

/** CPU time a process and its descendants (the server's workers) have used, in ms (Linux /proc). */
function cpuMsOf(pid) {
  const tree = processTree(pid);
  return tree.length ? tree.reduce((sum, p) => sum + p.cpuMs, 0) : undefined;
}

function stop(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:api: no production build in .next — run `npx next build` first.");
    process.exit(1);
  }
  const connections = Number(option("connections", "10"));
  const duration = Number(option("duration", "15"));
  const warmup = Number(option("warmup", "3"));
  const asOf = option("as-of", "2025-06-30");
  const { names, bodies } = requestBodies(asOf);

  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const workers = option("workers", String(availableParallelism()));
  const server = spawn(
    process.execPath,
    [SERVE_SCRIPT, "--port", String(port), "--hostname", HOST, "--workers", workers],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: scriptEnv({
        API_RATE_LIMIT_PER_MINUTE: "1000000000",
        TRUSTED_PROXY: "",
      }),
    },
  );
  const cleanUp = () => server.kill("SIGTERM");
  process.once("SIGINT", cleanUp);
  process.once("SIGTERM", cleanUp);

  try {
    const health = await waitForHealth(base, server);
    console.log(`server: ${base} (pid ${server.pid}, ${workers} workers), /api/health ${health}`);

    let bytes = 0;
    for (const [i, body] of bodies.entries()) {
      const response = await fetch(`${base}${PATH}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await response.text();
      if (response.status !== 200)
        throw new Error(`${names[i]}: ${response.status} ${text.slice(0, 300)}`);
      bytes += text.length;
    }
    console.log(
      `bodies: ${bodies.length} example profiles (${names.join(", ")}); mean answer ${Math.round(bytes / bodies.length / 1024)} kB`,
    );

    if (warmup > 0) await runLoad(base, bodies, connections, warmup);
    console.log(
      `load: ${connections} connections for ${duration} s, POST ${PATH}, from a second process…`,
    );
    const [load1] = loadavg();
    const cpuBefore = cpuMsOf(server.pid);
    const r = await runLoad(base, bodies, connections, duration);
    const cpuAfter = cpuMsOf(server.pid);

    const rps = r.requests.average;
    const { p50, p99 } = r.latency;
    console.log("");
    console.log(
      `requests/second: ${Math.round(rps)} (${r.requests.total} requests in ${r.duration.toFixed(1)} s)`,
    );
    console.log(`latency: p50 ${p50} ms, p99 ${p99} ms, max ${r.latency.max} ms`);
    console.log(
      `2xx: ${r["2xx"]}, non-2xx: ${r.non2xx}, errors: ${r.errors}, timeouts: ${r.timeouts}`,
    );
    if (cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total > 0) {
      const perRequest = (cpuAfter - cpuBefore) / r.requests.total;
      console.log(
        `CPU per request: server (all processes) ${perRequest.toFixed(2)} ms (≈ ${Math.round(1000 / perRequest)} requests/s per core), ` +
          `load generator ${(r.clientCpuMs / r.requests.total).toFixed(2)} ms`,
      );
    }
    console.log(
      `load average of the machine as the run started: ${load1.toFixed(2)} (${availableParallelism()} cores)`,
    );
    const met = rps >= TARGET_RPS && p99 < TARGET_P99_MS;
    console.log(
      `target (≥ ${TARGET_RPS} requests/s, p99 < ${TARGET_P99_MS} ms): ${met ? "met" : "missed"}`,
    );
    if (r.non2xx > 0 || r.errors > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`bench:api: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await stop(server);
  }
}
