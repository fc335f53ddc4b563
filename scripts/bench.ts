/**
 * npm run bench — evaluates the example profiles and 10,000 generated ones against every clause
 * of the nine policies on one core, and prints profiles per second and p50/p99 per profile.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { POLICY_KEYS } from "@/lib/engine/types";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { ALL_CLAUSES, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";

const examples: Profile[] = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => profileSchema.parse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))));
const generated = fc.sample(arbitraryProfile, { numRuns: 10_000, seed: 42 });
const profiles = [...examples, ...generated];
const all = { policies: POLICY_KEYS };
const ROUND = roundOf(2025);

// Warm-up: two full passes, so every clause's code is optimised before measuring.
for (let pass = 0; pass < 2; pass++) for (const p of profiles) evaluate(registry, p, ROUND, all);

const times = new Float64Array(profiles.length);
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
for (let i = 0; i < profiles.length; i++) {
  const t0 = process.hrtime.bigint();
  evaluate(registry, profiles[i]!, ROUND, all);
  times[i] = Number(process.hrtime.bigint() - t0) / 1e3;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
times.sort();
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;

console.log(
  `clauses: ${ALL_CLAUSES.length}; profiles: ${profiles.length} (${examples.length} examples + ${generated.length} generated)`,
);
console.log(`profiles/second (one core, wall clock): ${Math.round(profiles.length / seconds)}`);
console.log(`profiles/second (one core, CPU time): ${Math.round(profiles.length / cpuSeconds)}`);
console.log(
  `per profile: p50 ${pct(50).toFixed(1)} µs, p99 ${pct(99).toFixed(1)} µs, max ${times[times.length - 1]!.toFixed(1)} µs`,
);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MiB`);
