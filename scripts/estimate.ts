/**
 * npm run -s estimate -- <profile.json> [--round YYYY | --as-of YYYY-MM-DD] [--lang zh|en]
 * Prints the engine's full result as JSON for an application round: `--round 2027` evaluates the
 * 2027 round (events of 2026); `--as-of` picks the round open or next to open on that day, as
 * the default does with today in Hangzhou. A bad profile exits with code 2 and explains each
 * bad field on stderr; nothing is printed to stdout then.
 */
import { readFileSync } from "node:fs";
import { evaluate } from "@/lib/engine/evaluate";
import { isIsoDate } from "@/lib/engine/validity";
import { isRoundYear, roundOf } from "@/lib/engine/round";
import { currentRound, roundOn } from "@/lib/rounds";
import { describeProblem, parseProfile } from "@/lib/profile/parse";
import { registry } from "@/rules";

function fail(message: string): never {
  process.stderr.write(message + "\n");
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let asOf: string | undefined;
let roundArg: string | undefined;
let lang: "zh" | "en" = "zh";
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--as-of") asOf = args[++i] ?? "";
  else if (a === "--round") roundArg = args[++i] ?? "";
  else if (a === "--lang") lang = args[++i] === "en" ? "en" : "zh";
  else if (!file) file = a;
  else fail(`多余的参数 / unexpected argument: ${a}`);
}
if (!file)
  fail(
    "用法 / usage: npm run -s estimate -- <profile.json> [--round YYYY | --as-of YYYY-MM-DD] [--lang zh|en]",
  );
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

let raw: string;
try {
  raw = readFileSync(file, "utf8");
} catch {
  fail(lang === "zh" ? `无法读取文件：${file}` : `Cannot read file: ${file}`);
}
let json: unknown;
try {
  json = JSON.parse(raw);
} catch (e) {
  fail(
    lang === "zh"
      ? `不是有效的 JSON：${(e as Error).message}`
      : `Not valid JSON: ${(e as Error).message}`,
  );
}
const parsed = parseProfile(json, lang);
if (!parsed.ok) {
  fail(
    [
      lang === "zh" ? "企业档案有误：" : "The profile has errors:",
      ...parsed.problems.map((p) => "  - " + describeProblem(p)),
    ].join("\n"),
  );
}
process.stdout.write(JSON.stringify(evaluate(registry, parsed.profile, round), null, 2) + "\n");
