// `npm test`: format, lint, typecheck, vitest, the integration suite again on PostgreSQL,
// next build, the multi-instance tests (two servers, one PostgreSQL), Playwright — then one line
// `N passed, N failed` summing the vitest and Playwright tests. A failed gate (format, lint,
// typecheck, build) counts as one failed. Exits 1 if anything failed.
// PostgreSQL: TEST_DATABASE_URL if set, else the local server of scripts/pg-local.sh (started
// here, left running). Without PostgreSQL installed, its passes are skipped with a note (not in CI).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { run, runNode } from "./lib/run.mjs";

const RESULTS = "test-results";
const VITEST_JSON = `${RESULTS}/vitest.json`;
const VITEST_PG_JSON = `${RESULTS}/vitest-postgres.json`;
const VITEST_MULTI_JSON = `${RESULTS}/vitest-multi-instance.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;

mkdirSync(RESULTS, { recursive: true });
for (const report of [VITEST_JSON, VITEST_PG_JSON, VITEST_MULTI_JSON])
  rmSync(report, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

let passed = 0;
let failed = 0;
const timings = [];

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

/** Runs one step, prints its banner and records its duration; returns its exit code. */
function step(name, script, args, env) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const code = runNode(script, args, { env });
  timings.push({ name, seconds: (Date.now() - started) / 1000, code });
  return code;
}

function gate(name, script, args) {
  const code = step(name, script, args);
  if (code !== 0) failed += 1;
  return code;
}

gate("format (prettier --check)", "node_modules/prettier/bin/prettier.cjs", ["--check", "."]);
gate("lint (eslint)", "node_modules/eslint/bin/eslint.js", ["--max-warnings", "0", "."]);
gate("typecheck (tsc)", "node_modules/typescript/bin/tsc", ["--noEmit"]);

/** Runs vitest with a JSON report and adds its counts. */
function vitestStep(name, report, args = [], env = {}) {
  const code = step(
    name,
    "node_modules/vitest/vitest.mjs",
    ["run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${report}`],
    env,
  );
  const result = readJson(report);
  if (result) {
    passed += result.numPassedTests ?? 0;
    failed += result.numFailedTests ?? 0;
    // A suite that fails to load has no failed tests but still fails the run.
    if (code !== 0 && !result.numFailedTests) failed += 1;
  } else if (code !== 0) {
    failed += 1;
  }
  return code;
}

/**
 * The PostgreSQL URL for a test database: the environment variable `override` if set, else the
 * local server's `database` (started if need be). Undefined when there is none (noted).
 */
function postgresUrl(database, override) {
  const given = process.env[override]?.trim();
  if (given) return given;
  if (run("bash", ["scripts/pg-local.sh", "installed"]) !== 0) {
    console.log(
      "\nNOTE: PostgreSQL is not installed, so the PostgreSQL passes are skipped " +
        "(apt-get install -y postgresql to run them; CI always does).",
    );
    if (process.env.CI) failed += 1;
    return undefined;
  }
  if (run("bash", ["scripts/pg-local.sh", "start"]) !== 0) {
    console.log("\nscripts/pg-local.sh start failed: the PostgreSQL passes count as failed.");
    failed += 1;
    return undefined;
  }
  return spawnSync("bash", ["scripts/pg-local.sh", "url", database]).stdout.toString().trim();
}

vitestStep("unit and integration tests (vitest)", VITEST_JSON);

console.log("\n── PostgreSQL (scripts/pg-local.sh) ──");
const pgTestUrl = postgresUrl("policy_calculator_test", "TEST_DATABASE_URL");
if (pgTestUrl) {
  vitestStep(
    "integration tests on PostgreSQL (vitest)",
    VITEST_PG_JSON,
    ["--config", "tests/integration/postgres/vitest.config.ts"],
    { TEST_DATABASE_URL: pgTestUrl },
  );
}

if (pgTestUrl) {
  // The security suite's database tests again on PostgreSQL (on SQLite they ran with vitest above).
  vitestStep(
    "security tests on PostgreSQL (vitest)",
    `${RESULTS}/vitest-security-postgres.json`,
    [
      "--config",
      "tests/security/vitest.config.ts",
      "tests/security/passwords-and-lockout.test.ts",
      "tests/security/bad-input.test.ts",
    ],
    { TEST_DATABASE_URL: pgTestUrl },
  );
}

const buildCode = gate("production build (next build)", "node_modules/next/dist/bin/next", [
  "build",
]);

if (buildCode === 0 && pgTestUrl) {
  vitestStep(
    "multi-instance tests (two servers, one PostgreSQL)",
    VITEST_MULTI_JSON,
    ["--config", "tests/integration/multi-instance/vitest.config.ts"],
    { MULTI_DATABASE_URL: postgresUrl("policy_calculator_multi", "MULTI_DATABASE_URL") },
  );
}

if (buildCode === 0) {
  const e2eCode = step(
    "browser tests (playwright)",
    "node_modules/@playwright/test/cli.js",
    ["test", "--reporter=list,json"],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
  );
  const stats = readJson(PLAYWRIGHT_JSON)?.stats;
  if (stats) {
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    if (e2eCode !== 0 && !stats.unexpected) failed += 1;
  } else if (e2eCode !== 0) {
    failed += 1;
  }
} else {
  console.log("\nSkipping browser tests: the build failed.");
}

console.log("\n── timings ──");
for (const { name, seconds, code } of timings) {
  console.log(`${seconds.toFixed(1).padStart(7)} s  ${code === 0 ? "ok  " : "FAIL"}  ${name}`);
}
if (!existsSync(PLAYWRIGHT_JSON) && buildCode === 0) {
  console.log("(no Playwright report was written)");
}
if (pgTestUrl && !process.env.TEST_DATABASE_URL?.trim()) {
  console.log("PostgreSQL is left running on 127.0.0.1:55432 (bash scripts/pg-local.sh stop).");
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
