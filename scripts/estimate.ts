/**
 * npm run -s estimate -- <profile.json> [more.json …] [--round YYYY | --as-of YYYY-MM-DD] [--lang zh|en]
 * Evaluates for an application round: `--round 2027` evaluates the 2027 round (events of 2026);
 * `--as-of` picks the round open or next to open on that day, as the default does with today in
 * Hangzhou. One file: prints the engine's full result as JSON; a bad profile exits with code 2
 * and explains each bad field on stderr, printing nothing on stdout. Several files: one line of
 * JSON per file, `{"file","result"}` or `{"file","error"}` (the explanation also goes to stderr),
 * exit code 2 when any file was refused — the rules are loaded once for all of them.
 */
import { readFileSync } from "node:fs";
import { evaluate } from "@/lib/engine/evaluate";
import type { EvaluationResult } from "@/lib/engine/types";
import { isIsoDate } from "@/lib/engine/validity";
import { isRoundYear, roundOf } from "@/lib/engine/round";
import { currentRound, roundOn } from "@/lib/rounds";
import { parseProfileInput } from "@/lib/evaluations/parse-profile";
import { describeProblem } from "@/lib/profile/parse";
import { registry } from "@/rules";

function fail(message: string): never {
  process.stderr.write(message + "\n");
  process.exit(2);
}

// `estimate … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const USAGE =
  "用法 / usage: npm run -s estimate -- <profile.json> [more.json …] [--round YYYY | --as-of YYYY-MM-DD] [--lang zh|en]";
const args = process.argv.slice(2);
const files: string[] = [];
let asOf: string | undefined;
let roundArg: string | undefined;
let lang: "zh" | "en" = "zh";
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--as-of") asOf = args[++i] ?? "";
  else if (a === "--round") roundArg = args[++i] ?? "";
  else if (a === "--lang") lang = args[++i] === "en" ? "en" : "zh";
  else if (a.startsWith("--")) fail(`未知的选项 / unknown option: ${a}\n${USAGE}`);
  else files.push(a);
}
if (files.length === 0) fail(USAGE);
if (asOf !== undefined && roundArg !== undefined)
  fail(
    lang === "zh" ? "--round 和 --as-of 只能给一个" : "Give either --round or --as-of, not both",
  );
if (asOf !== undefined && !isIsoDate(asOf))
  fail(
    lang === "zh"
      ? `日期无效：${asOf}（应为 YYYY-MM-DD）`
      : `Invalid date: ${asOf} (expected YYYY-MM-DD)`,
  );
const roundYear = roundArg === undefined ? undefined : Number(roundArg);
if (roundArg !== undefined && !(/^\d{4}$/.test(roundArg) && isRoundYear(roundYear)))
  fail(
    lang === "zh"
      ? `申报年度无效：${roundArg}（应为 2000–2100 之间的年份，如 2027）`
      : `Invalid round: ${roundArg} (expected a year between 2000 and 2100, e.g. 2027)`,
  );
const round =
  roundYear !== undefined
    ? roundOf(roundYear)
    : asOf !== undefined
      ? roundOn(asOf)
      : currentRound();

type Estimate = { ok: true; result: EvaluationResult } | { ok: false; error: string };

function estimate(file: string): Estimate {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    return {
      ok: false,
      error: lang === "zh" ? `无法读取文件：${file}` : `Cannot read file: ${file}`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    const reason = (e as Error).message;
    return {
      ok: false,
      error: lang === "zh" ? `不是有效的 JSON：${reason}` : `Not valid JSON: ${reason}`,
    };
  }
  // A version-1 file's “本年度” figures are those of the round's event year, unless it dates them.
  const parsed = parseProfileInput(json, lang, { eventYear: round.eventYear });
  if (!parsed.ok)
    return {
      ok: false,
      error: [
        lang === "zh" ? "企业档案有误：" : "The profile has errors:",
        ...parsed.problems.map((p) => "  - " + describeProblem(p, lang)),
      ].join("\n"),
    };
  if (parsed.note) console.error(parsed.note[lang]);
  return { ok: true, result: evaluate(registry, parsed.profile, round) };
}

if (files.length === 1) {
  const one = estimate(files[0]!);
  if (!one.ok) fail(one.error);
  process.stdout.write(JSON.stringify(one.result, null, 2) + "\n");
} else {
  let refused = false;
  for (const file of files) {
    const one = estimate(file);
    if (!one.ok) {
      refused = true;
      process.stderr.write(`${file}: ${one.error}\n`);
    }
    const line = one.ok ? { file, result: one.result } : { file, error: one.error };
    process.stdout.write(JSON.stringify(line) + "\n");
  }
  if (refused) process.exitCode = 2;
}
