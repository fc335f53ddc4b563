/**
 * npx tsx scripts/bench-ui.ts — what one keystroke in /check costs: parseProfile (the wizard's
 * validation) and evaluate() over the full rule set with every policy selected, for each example
 * profile. Prints p50/p99 in milliseconds against the 16 ms frame budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { POLICY_KEYS } from "@/lib/engine/types";
import { parseProfile } from "@/lib/profile/parse";
import { ALL_CLAUSES, registry } from "@/rules";

const BUDGET_MS = 16;
const ROUNDS = 300;
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
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

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
    if (result.clauses.length !== ALL_CLAUSES.length) throw new Error("not every clause evaluated");
    if (round < 0) continue; // warm-up
    evalTimes.push(evalMs);
    keystrokeTimes.push(totalMs);
  }
}

const line = (label: string, xs: number[]) =>
  `${label}: p50 ${pct(xs, 50).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms`;

console.log(
  `clauses: ${ALL_CLAUSES.length}; examples: ${examples.length} (${examples.map((e) => e.name).join(", ")}); ${ROUNDS} rounds, every policy selected`,
);
console.log(line("evaluate()", evalTimes));
console.log(line("parseProfile() + evaluate() (one keystroke)", keystrokeTimes));
const p99 = pct(keystrokeTimes, 99);
console.log(
  p99 < BUDGET_MS
    ? `ok: p99 ${p99.toFixed(2)} ms is under the ${BUDGET_MS} ms frame budget`
    : `SLOW: p99 ${p99.toFixed(2)} ms exceeds the ${BUDGET_MS} ms frame budget`,
);
process.exitCode = p99 < BUDGET_MS ? 0 : 1;
