// `npm test`: format, lint, typecheck, vitest, next build, Playwright — then one line
// `N passed, N failed` summing the vitest and Playwright tests. A failed gate (format, lint,
// typecheck, build) counts as one failed. Exits 1 if anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { runNode } from "./lib/run.mjs";

const RESULTS = "test-results";
const VITEST_JSON = `${RESULTS}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`;

mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
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

const vitestCode = step("unit and integration tests (vitest)", "node_modules/vitest/vitest.mjs", [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${VITEST_JSON}`,
]);
const vitest = readJson(VITEST_JSON);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A suite that fails to load has no failed tests but still fails the run.
  if (vitestCode !== 0 && !vitest.numFailedTests) failed += 1;
} else if (vitestCode !== 0) {
  failed += 1;
}

const buildCode = gate("production build (next build)", "node_modules/next/dist/bin/next", [
  "build",
]);

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
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
