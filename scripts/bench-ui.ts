/**
 * npm run bench:ui — how light and fast the pages are (issue 16's figures). Prints, without
 * failing on a figure (a benchmark, not a test; targets are shown beside each figure):
 *
 *  1. Node: what one keystroke in /check costs in the engine alone — parseProfile (the wizard's
 *     validation) and evaluate() over the full rule set with every policy selected, for each
 *     example profile; p50/p99 against the 16 ms frame budget.
 *  2. First-load JS (kB gzip, script count) of /, /check, /policies/biomedicine and /report.
 *  3. Keystroke → total on /check in Chromium: median and p90, then with 4× CPU slowdown.
 *  4. Lighthouse performance scores of those pages, mobile (default) and desktop preset (or a
 *     Playwright stand-in without Lighthouse).
 *
 * Sections 2–4 need the production build: `--url http://host:port` (or BENCH_URL) measures a
 * running server (`npm start`); without it the build in .next is served on a free port and
 * stopped afterwards. Options: --node-only, --keys N (40), --no-lighthouse.
 */
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { POLICY_KEYS } from "@/lib/engine/types";
import { parseProfile } from "@/lib/profile/parse";
import { ALL_CLAUSES, registry } from "@/rules";
import { KEYSTROKE_PROFILE, measureKeystrokes, percentile as pct } from "./lib/bench-ui-keystroke";
import {
  CHROMIUM,
  CHROMIUM_FLAGS,
  lighthouseScores,
  standInScores,
  type PageScore,
} from "./lib/bench-ui-lighthouse";
import { firstLoadJs, openServer } from "./lib/bench-ui-server";

const BUDGET_MS = 16;
const SLOW_BUDGET_MS = 50;
const JS_BUDGET_KB = 250;
const LIGHTHOUSE_TARGET = 95;
const ROUNDS = 300;
const PAGES = ["/", "/check", "/policies/biomedicine", "/report"];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

// ---- 1. Node: parseProfile + evaluate, the engine's part of a keystroke ----
function nodeSection() {
  const ROUND_2025 = roundOf(2025);
  const examples = readdirSync("examples")
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const json = JSON.parse(readFileSync(`examples/${f}`, "utf8"));
      // Every policy selected, as a user ticking all nine industries.
      json.enterprise = { ...json.enterprise, industries: [...POLICY_KEYS] };
      return { name: f, json };
    });

  const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
  const evalTimes: number[] = [];
  const keystrokeTimes: number[] = [];
  for (let round = -20; round < ROUNDS; round++) {
    for (const { json } of examples) {
      const t0 = process.hrtime.bigint();
      const parsed = parseProfile(json, "zh");
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const t1 = process.hrtime.bigint();
      const result = evaluate(registry, parsed.profile, ROUND_2025, { policies: POLICY_KEYS });
      const evalMs = ms(t1);
      const totalMs = ms(t0);
      if (result.clauses.length !== ALL_CLAUSES.length)
        throw new Error("not every clause evaluated");
      if (round < 0) continue; // warm-up
      evalTimes.push(evalMs);
      keystrokeTimes.push(totalMs);
    }
  }

  const line = (label: string, xs: number[]) =>
    `  ${label}: p50 ${pct(xs, 50).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms`;

  console.log("\n1. Node: parseProfile() + evaluate() (the engine's part of one keystroke)");
  console.log(
    `  clauses: ${ALL_CLAUSES.length}; examples: ${examples.length}; ${ROUNDS} rounds, every policy selected`,
  );
  console.log(line("evaluate()", evalTimes));
  console.log(line("parseProfile() + evaluate()", keystrokeTimes));
  const p99 = pct(keystrokeTimes, 99);
  console.log(
    `  ${verdict(p99 < BUDGET_MS)}: p99 ${p99.toFixed(2)} ms (frame budget ${BUDGET_MS} ms)`,
  );
}

const kB = (n: number) => `${n.toFixed(1)} kB`;
const msText = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "n/a");

function printScores(scores: readonly PageScore[]) {
  for (const s of scores) {
    const metrics = `FCP ${msText(s.fcp)}, LCP ${msText(s.lcp)}, TBT ${msText(s.tbt)}`;
    if (s.kind === "lighthouse")
      console.log(
        `  ${s.path.padEnd(24)} ${String(s.score).padStart(3)}  ${verdict(s.score >= LIGHTHOUSE_TARGET)}  (${metrics}, CLS ${s.cls.toFixed(3)})`,
      );
    else console.log(`  ${s.path.padEnd(24)} ${metrics}`);
  }
}

async function browserSections() {
  const server = await openServer(option("url") ?? process.env.BENCH_URL);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    console.log(`\n2. First-load JS (gzip, every <script src> in the HTML) — ${server.base}`);
    for (const path of PAGES) {
      const r = await firstLoadJs(server.base, path);
      const target =
        path === "/check" ? `  ${verdict(r.kB < JS_BUDGET_KB)} (< ${JS_BUDGET_KB} kB)` : "";
      console.log(`  ${path.padEnd(24)} ${kB(r.kB).padStart(9)}  ${r.scripts} scripts${target}`);
    }

    const keys = 2 * Math.ceil(Number(option("keys") ?? 40) / 2);
    console.log(
      `\n3. Keystroke → results total on /check (${KEYSTROKE_PROFILE}, 实际投资总额; ${keys} keys, digit/Backspace)`,
    );
    console.log("  from keydown to data-max changed (DOM) and to the next frame (painted)");
    for (const run of await measureKeystrokes(browser, server.base, keys, [1, 4])) {
      const budget = run.rate === 1 ? BUDGET_MS : SLOW_BUDGET_MS;
      const median = pct(run.dom, 50);
      console.log(
        `  ${run.rate === 1 ? "CPU as is      " : `${run.rate}× CPU slowdown`}: DOM median ${median.toFixed(1)} ms, p90 ${pct(run.dom, 90).toFixed(1)} ms; ` +
          `painted median ${pct(run.painted, 50).toFixed(1)} ms, p90 ${pct(run.painted, 90).toFixed(1)} ms  ${verdict(median < budget)} (< ${budget} ms)`,
      );
    }

    if (flag("no-lighthouse")) return;
    console.log(
      "\n4. Lighthouse performance (default: mobile, simulated slow 4G and 4× CPU; fresh profile)",
    );
    const failed = (error: unknown) => {
      console.log(`  Lighthouse failed: ${error instanceof Error ? error.message : error}`);
      return null;
    };
    const scores = await lighthouseScores(server.base, PAGES).catch(failed);
    if (scores) {
      printScores(scores);
      console.log("\n   Lighthouse desktop preset (simulated, no CPU slowdown; fresh profile)");
      const desktop = await lighthouseScores(server.base, PAGES, "desktop").catch(failed);
      if (desktop) printScores(desktop);
    } else {
      console.log(
        "  no Lighthouse (npm install --prefix /tmp/lh lighthouse, or LIGHTHOUSE_PREFIX): a stand-in,",
      );
      console.log(
        "  NOT a Lighthouse score — Playwright, unthrottled, long tasks until 3 s after load",
      );
      printScores(await standInScores(browser, server.base, PAGES));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

nodeSection();
if (!flag("node-only")) await browserSections();
