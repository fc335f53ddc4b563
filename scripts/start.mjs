// `npm start`: apply migrations, run the seed hook, build if needed, serve on PORT (default 3000)
// with one worker per core (scripts/serve.mjs; WEB_CONCURRENCY sets how many).
// The database (data/app.db unless DATABASE_URL says otherwise) is kept between runs.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { scriptEnv } from "./lib/env.mjs";
import { runNode } from "./lib/run.mjs";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const SERVE_SCRIPT = "scripts/serve.mjs";
const BUILD_ID = ".next/BUILD_ID";
const SEED_SCRIPT = "scripts/seed.mjs";

/** Everything that goes into the production build. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "rules",
  "messages",
  "public",
  "generated",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsCurrent() {
  if (!existsSync(BUILD_ID)) return false;
  const builtAt = statSync(BUILD_ID).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(input) <= builtAt);
}

function step(name, code) {
  if (code !== 0) {
    console.error(`npm start: ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}

step("applying migrations", runNode("scripts/migrate.mjs"));

// Seed hook: scripts/seed.mjs, when someone adds it, loads reference data. It must be idempotent.
if (existsSync(SEED_SCRIPT)) step("seeding", runNode(SEED_SCRIPT));

if (buildIsCurrent()) {
  console.log("npm start: the production build is up to date.");
} else {
  console.log("npm start: building (next build)…");
  step("building", runNode(NEXT_BIN, ["build"]));
}

const port = process.env.PORT?.trim() || "3000";
const server = spawn(process.execPath, [SERVE_SCRIPT, "--port", port], {
  stdio: "inherit",
  env: scriptEnv(),
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
