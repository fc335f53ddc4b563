// Starts and stops production servers (scripts/serve.mjs, the current build) against one database:
// used by the multi-instance tests (vitest global setup) and by scripts/bench-multi.mjs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";

const SERVE_SCRIPT = "scripts/serve.mjs";
const QUIET = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Empties a PostgreSQL database (drops and recreates its public schema) and migrates it. */
export async function resetDatabase(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
  const migrate = spawnSync(process.execPath, ["scripts/migrate.mjs"], {
    env: { ...process.env, ...QUIET, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    throw new Error(`migrating the database failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
}

async function waitForHealth(base, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server on ${base} exited (${child.exitCode})`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server on ${base} did not become healthy in ${timeoutMs / 1000} s`);
}

/**
 * Starts `count` servers of the production build on free ports, all on `databaseUrl`, each with
 * `workers` worker processes, and waits until each answers /api/health. Their output goes to
 * `logDir`/instance-<n>.log.
 * Returns [{ base, port, pid }] and stop().
 */
export async function startInstances({
  databaseUrl,
  count = 2,
  workers = 1,
  env = {},
  logDir = "test-results/multi-instance",
  timeoutMs = 90_000,
}) {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("no production build: run `npm run build` first");
  }
  mkdirSync(logDir, { recursive: true });
  const children = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
            child.once("exit", () => {
              clearTimeout(force);
              resolve();
            });
            child.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    const instances = [];
    for (let n = 1; n <= count; n += 1) {
      const port = await freePort();
      const log = openSync(join(logDir, `instance-${n}.log`), "w");
      const child = spawn(
        process.execPath,
        [
          SERVE_SCRIPT,
          ...["--port", String(port), "--hostname", "127.0.0.1", "--workers", String(workers)],
        ],
        {
          env: { ...process.env, ...QUIET, ...env, DATABASE_URL: databaseUrl, PORT: String(port) },
          stdio: ["ignore", log, log],
        },
      );
      children.push(child);
      instances.push({ base: `http://127.0.0.1:${port}`, port, pid: child.pid, child });
    }
    await Promise.all(instances.map((i) => waitForHealth(i.base, i.child, timeoutMs)));
    return { instances: instances.map(({ base, port, pid }) => ({ base, port, pid })), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
