import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import { POLICY_KEYS } from "@/lib/engine/types";
import { parseProfile } from "@/lib/profile/parse";
import type { Profile } from "@/lib/profile/schema";
import { currentRound } from "@/lib/rounds";
import { describeParam } from "@/lib/engine/describe";
import type { Param } from "@/lib/engine/types";
import { ALL_CLAUSES, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";
import { biasedProfile } from "@/tests/helpers/biased-profile";
import { profileEnumValues, renderedTexts, type RenderedText } from "@/tests/helpers/trace-texts";

/**
 * Issue 14 item 8: every trace line, condition, near miss and notice reads as prose in both
 * languages. Each profile is evaluated and rendered through the functions the results page and
 * the report call; no rendered text may show a catalogue id, an internal item id, a raw enum key
 * of the profile schema, a year grouped like money, or the ASCII phase "II 期".
 */

const CATALOGUE_ID = /\b[a-z]+(?:-[a-z]+)*\/\d/;
/** A clause's part of a catalogue id on its own ("9-a、9-b 合计"). */
const CLAUSE_SUFFIX = /\b\d+(?:\.\d+)?-[a-z]\b/;
/** "2,025" as a year; "2,000,000", "2,000 万元" and "CNY 2,000" are money. */
const GROUPED_YEAR = /(?<!CNY )\b2,0\d\d\b(?![,.]\d)(?! ?[万亿元])/;
const ASCII_PHASE = /\bI{1,3}V? ?期/;

/**
 * Raw enum keys: in Chinese any Latin key is one; English prose uses some as words ("a bus", "a
 * hidden-champion enterprise", "the synthetic-biology policy"), so there only a key standing as a
 * value (after a colon or in brackets, or as the whole text) is one.
 */
const ENUM_KEYS = profileEnumValues().filter((v) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/.test(v));
const ENUM_WORDS_ZH = profileEnumValues().filter((v) => /^[a-z]{3,}$/.test(v));
const ENUM_KEYS_EN = [...ENUM_KEYS, ...ENUM_WORDS_ZH].filter(
  (v) => !(POLICY_KEYS as readonly string[]).includes(v),
);

function asValue(text: string, key: string): boolean {
  const escaped = key.replace(/[-]/g, "\\-");
  return new RegExp(`(?:^|[:：(（]\\s*)${escaped}(?:\\s*[)）,，;；]|$)`).test(text);
}

function offences(profile: Profile, texts: readonly RenderedText[], lang: Lang): string[] {
  const itemIds = new Set<string>();
  for (const list of Object.values(profile as Record<string, unknown>)) collectIds(list, itemIds);
  const bad: string[] = [];
  for (const { where, text } of texts) {
    const flag = (why: string) => bad.push(`${lang} ${where}: ${why}: ${text}`);
    if (CATALOGUE_ID.test(text)) flag("catalogue id");
    if (CLAUSE_SUFFIX.test(text)) flag("clause id suffix");
    if (GROUPED_YEAR.test(text)) flag("year with a thousands separator");
    if (ASCII_PHASE.test(text)) flag("ASCII Roman-numeral phase");
    for (const id of itemIds) if (wordIn(text, id)) flag(`item id ${id}`);
    if (lang === "zh") {
      for (const key of [...ENUM_KEYS, ...ENUM_WORDS_ZH])
        if (wordIn(text, key)) flag(`enum key ${key}`);
    } else for (const key of ENUM_KEYS_EN) if (asValue(text, key)) flag(`enum key ${key}`);
  }
  return bad;
}

function wordIn(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const before = text[at - 1] ?? " ";
  const after = text[at + word.length] ?? " ";
  return !/[A-Za-z0-9-]/.test(before) && !/[A-Za-z0-9-]/.test(after);
}

/** The ids of a profile's list items that have no name of their own (honours, awards). */
function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
    return;
  }
  if (!value || typeof value !== "object") return;
  const rec = value as Record<string, unknown>;
  if (typeof rec.id === "string" && !("name" in rec)) into.add(rec.id);
  for (const v of Object.values(rec)) if (typeof v === "object") collectIds(v, into);
}

function check(profile: Profile): string[] {
  const bad: string[] = [];
  for (const round of [currentRound(), roundOf(2025)]) {
    const result = evaluate(registry, profile, round);
    for (const lang of ["zh", "en"] as const)
      bad.push(...offences(profile, renderedTexts(profile, result, lang), lang));
  }
  return [...new Set(bad)];
}

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((file) => {
    const parsed = parseProfile(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
    if (!parsed.ok) throw new Error(`examples/${file} does not parse`);
    return { file, profile: parsed.profile };
  });

describe("trace wording: no ids, keys or grouped years in what a reader sees", () => {
  it("the sweep sees the kinds of text it checks", () => {
    const { profile } = examples.find((e) => e.file.startsWith("biomedicine-innovative"))!;
    const texts = renderedTexts(profile, evaluate(registry, profile, roundOf(2025)), "zh");
    expect(texts.some((t) => t.where.endsWith("item trace"))).toBe(true);
    expect(texts.some((t) => t.where.endsWith("condition"))).toBe(true);
    expect(ENUM_KEYS).toContain("little-giant");
  });

  it("the checks catch the wordings issue 14 item 8 names", () => {
    const profile = { honours: [{ id: "h-lg", kind: "little-giant", year: 2025 }] } as Profile;
    const bad = [
      "单个品种上限（II 期） 20,000,000 → 12,000,000",
      "认定年度：当前 2,025，需达到 2,023",
      "h-lg（2025）",
      "同一事项按“从优、就高、不重复”由 high-end-equipment/5-b 支持",
      "荣誉：little-giant",
      "单个企业每年奖励上限（9-a、9-b 合计）",
    ];
    const check1 = (text: string) => offences(profile, [{ where: "sample", text }], "zh");
    for (const text of bad) expect(check1(text), text).not.toEqual([]);
    expect(check1("补贴 2,000,000，2,025 万元，CNY 2,050")).toEqual([]);
  });

  it("every parameter of the library reads its years as years", () => {
    const texts = ALL_CLAUSES.flatMap((c) =>
      Object.values(c.params as Record<string, Param>).flatMap((p) =>
        (["zh", "en"] as const).map((lang) => ({ where: c.id, text: describeParam(p, lang) })),
      ),
    );
    expect(texts.filter((t) => GROUPED_YEAR.test(t.text))).toEqual([]);
    expect(texts.some((t) => /认定年度不早于（本意见施行年度）：20\d\d 年/.test(t.text))).toBe(
      true,
    );
  });

  it.each(examples.map((e) => [e.file, e.profile] as const))("example %s", (_, profile) => {
    expect(check(profile)).toEqual([]);
  });

  it("generated profiles (the property tests' generator)", () => {
    const profiles = fc.sample(arbitraryProfile, { numRuns: 120, seed: 14_8 });
    const bad = profiles.flatMap(check);
    expect([...new Set(bad)].slice(0, 200)).toEqual([]);
  });

  it("biased profiles: each example's figures scaled across thresholds, answers mostly yes", () => {
    const profiles = examples.flatMap((e, i) =>
      fc.sample(biasedProfile(e.profile), { numRuns: 8, seed: 1_480 + i }),
    );
    const bad = profiles.flatMap(check);
    expect([...new Set(bad)].slice(0, 200)).toEqual([]);
  });
});
