import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import { asPercent, type Rate } from "@/lib/engine/money";
import { roundOf } from "@/lib/engine/round";
import type { AnyClause, Param } from "@/lib/engine/types";
import { profileSchema } from "@/lib/profile/schema";
import { ALL_CLAUSES, registry } from "@/rules";
import { arbitraryProfile } from "@/tests/helpers/arbitrary-profile";

/**
 * Numbers written twice (issue 21): an amount or a rate written in a clause's summary or in a
 * condition label must be one of the clause's parameters, so that changing the parameter cannot
 * leave an old figure in the words beside it. Money is compared in yuan ("2000 万元" = 20,000,000,
 * "CNY 20M" = 20,000,000), rates in percent.
 */

type Figure = {
  readonly kind: "yuan" | "percent";
  readonly value: number;
  readonly written: string;
};

// A figure, or a list of figures sharing a unit ("0.5/1/2/5 亿元", "CNY 0.5/1/2B").
const LIST = String.raw`((?:\d[\d,]*(?:\.\d+)?/)*\d[\d,]*(?:\.\d+)?)`;
const ZH_MONEY = new RegExp(String.raw`${LIST}\s*(亿元|万元|元)`, "g");
const EN_MONEY = new RegExp(String.raw`CNY\s*${LIST}\s*(bn|B|M|k)?`, "g");
const PERCENT = /(\d+(?:\.\d+)?)\s*%/g;
const ZH_SCALE: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };
const EN_SCALE: Record<string, number> = { bn: 1e9, B: 1e9, M: 1e6, k: 1e3, "": 1 };

const num = (s: string) => Number(s.replace(/,/g, ""));
const yuanOf = (n: number) => Math.round(n * 100) / 100;

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(ZH_MONEY))
    for (const n of m[1]!.split("/"))
      out.push({ kind: "yuan", value: yuanOf(num(n) * ZH_SCALE[m[2]!]!), written: m[0] });
  for (const m of text.matchAll(EN_MONEY))
    for (const n of m[1]!.split("/"))
      out.push({ kind: "yuan", value: yuanOf(num(n) * EN_SCALE[m[2] ?? ""]!), written: m[0] });
  for (const m of text.matchAll(PERCENT))
    out.push({ kind: "percent", value: num(m[1]!), written: m[0] });
  return out;
}

/** Every amount and rate a clause's parameters hold (tiers and tables included). */
function parameterFigures(params: Readonly<Record<string, Param>>): Set<string> {
  const out = new Set<string>();
  const add = (kind: Figure["kind"], value: number) => out.add(`${kind}:${value}`);
  // A per-unit rate (0.2 元/瓦) is an amount of yuan; any other rate a percentage.
  const addRate = (r: Rate) =>
    r.perUnit ? add("yuan", yuanOf(r.num / r.den)) : add("percent", yuanOf(asPercent(r)));
  for (const p of Object.values(params)) {
    switch (p.unit) {
      case "yuan":
        add("yuan", p.value);
        break;
      case "rate":
        addRate(p.value);
        break;
      case "tiers":
        for (const tier of p.value) {
          add("yuan", tier.threshold);
          add("yuan", tier.amount);
        }
        break;
      case "table":
        for (const v of Object.values(p.value))
          if (typeof v === "number") add("yuan", v);
          else addRate(v);
        break;
    }
  }
  return out;
}

const examples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .map((f) => profileSchema.parse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))));
const profiles = [...examples, ...fc.sample(arbitraryProfile, { numRuns: 200, seed: 21 })];

/** The condition labels each clause rendered over the examples and generated profiles. */
function conditionLabels(): Map<string, Set<string>> {
  const labels = new Map<string, Set<string>>();
  for (const p of profiles)
    for (const c of evaluate(registry, p, roundOf(2025)).clauses) {
      const set = labels.get(c.id) ?? new Set<string>();
      for (const cond of [...c.nearMisses, ...c.items.flatMap((i) => i.conditions)]) {
        set.add(cond.label.zh);
        set.add(cond.label.en);
      }
      labels.set(c.id, set);
    }
  return labels;
}

function strays(clause: AnyClause, texts: Iterable<string>): string[] {
  const known = parameterFigures(clause.params);
  const out: string[] = [];
  for (const text of texts)
    for (const f of figuresIn(text))
      if (!known.has(`${f.kind}:${f.value}`)) out.push(`${clause.id}: “${f.written}” in “${text}”`);
  return out;
}

describe("figures in words come from the parameters", () => {
  it("reads the figures of a list sharing one unit: CNY 0.5/1B is 500,000,000 and 1,000,000,000", () => {
    expect(figuresIn("CNY 0.5/1B").map((f) => f.value)).toEqual([500_000_000, 1_000_000_000]);
  });

  it("reads 2000 万元 as 20,000,000 yuan, CNY 1.5bn as 1,500,000,000 and 30% as 30", () => {
    expect(figuresIn("达 2000 万元，按 30% 资助")).toEqual([
      { kind: "yuan", value: 20_000_000, written: "2000 万元" },
      { kind: "percent", value: 30, written: "30%" },
    ]);
    expect(figuresIn("up to CNY 1.5bn")[0]!.value).toBe(1_500_000_000);
  });

  it("every amount and rate in a clause's condition labels is one of its parameters", () => {
    const labels = conditionLabels();
    const found = ALL_CLAUSES.flatMap((c) => strays(c, labels.get(c.id) ?? []));
    expect(found).toEqual([]);
  });
});

describe("figures in summaries", () => {
  it("every amount and rate in a clause's summary is one of its parameters", () => {
    const found = ALL_CLAUSES.flatMap((c) => strays(c, [c.summary.zh, c.summary.en]));
    expect(found).toEqual([]);
  });
});
