/**
 * bench:ui's server and first-load JS: the URL of a running production server (--url or
 * BENCH_URL), or the build in .next served by scripts/serve.mjs on a free loopback port; and the
 * gzipped JavaScript a page loads before it runs, counted as tests/e2e/self-check.spec.ts does.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { gzipSync } from "node:zlib";
import { scriptEnv } from "./env.mjs";

const HOST = "127.0.0.1";
/** The server bench:ui starts keeps its own database, apart from the app's. */
const BENCH_DATABASE = "file:./data/bench-ui.db";

export type Server = { readonly base: string; readonly stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error("the server did not answer /api/health in time");
}

/**
 * The server to measure: `url` when given (nothing is started), else the production build served
 * by one worker (the browser gets the other core) on a free port, on a migrated database of its own.
 */
export async function openServer(url: string | undefined): Promise<Server> {
  if (url) return { base: url.replace(/\/+$/, ""), stop: async () => undefined };
  if (!existsSync(".next/BUILD_ID"))
    throw new Error("no production build in .next: run `npx next build` first, or pass --url");
  const env = scriptEnv({ DATABASE_URL: BENCH_DATABASE });
  const migrated = spawnSync(process.execPath, ["scripts/migrate.mjs"], { env, stdio: "ignore" });
  if (migrated.status !== 0) throw new Error("scripts/migrate.mjs failed on the bench database");
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const args = ["scripts/serve.mjs", "--port", String(port), "--hostname", HOST, "--workers", "1"];
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill("SIGTERM");
    });
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`server: started ${base} (scripts/serve.mjs, pid ${child.pid}, 1 worker)`);
  return { base, stop };
}

export type FirstLoad = { readonly path: string; readonly kB: number; readonly scripts: number };

/**
 * The page's first-load JavaScript: every <script src> in its HTML (not the noModule ones), each
 * distinct file gzipped and added up; `scripts` counts the tags, as the e2e spec prints it.
 */
export async function firstLoadJs(base: string, path: string): Promise<FirstLoad> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => !!src);
  let gzipped = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, `${base}${path}`))).arrayBuffer());
    gzipped += gzipSync(body).length;
  }
  return { path, kB: gzipped / 1024, scripts: scripts.length };
}
