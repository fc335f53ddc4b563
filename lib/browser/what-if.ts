import { evaluate, type Registry } from "@/lib/engine/evaluate";
import type { Round } from "@/lib/engine/round";
import type { Text } from "@/lib/engine/text";
import type { AnyClause, ClauseResult, ItemResult, Step } from "@/lib/engine/types";
import { resolveFact } from "@/lib/profile/facts";
import { factLabel } from "@/lib/profile/labels";
import type { Profile } from "@/lib/profile/schema";
import { storedFactPath } from "@/lib/profile/years";
import { getAt, setAt, type Segment } from "./json-path";

/**
 * "如果…会怎样": one money fact a clause reads, moved across a range, with the clause's amount and
 * the total evaluated at each value. Pure (no React): the panel memoises `whatIfSeries`.
 */

/** A money fact of the clause, made concrete for one item of its list where it sits in one. */
export type WhatIfFact = {
  /** The fact as the clause reads it: "biomedicine.drugs[].rdInvestment". */
  readonly path: string;
  /** Where it is in the profile: ["biomedicine", "drugs", 0, "rdInvestment"]. */
  readonly at: readonly Segment[];
  readonly label: Text;
  /** The profile's figure, in yuan; undefined while unanswered. */
  readonly value: number | undefined;
};

export type WhatIfChoice = {
  /** The item the facts of a list are read from (the first paying one), if any. */
  readonly item?: ItemResult;
  readonly facts: readonly WhatIfFact[];
  /** The fact the clause's amount is computed from (its base), else the near miss's, else the first. */
  readonly defaultPath?: string;
};

export type WhatIfPoint = {
  /** The fact, in yuan. */
  readonly x: number;
  /** The clause's amount (max), in yuan. */
  readonly clause: number;
  /** Everything the profile may get (the headline total and the part still to be won), in yuan. */
  readonly total: number;
};

export type WhatIfSeries = {
  readonly points: readonly WhatIfPoint[];
  /** Values of the fact the clause compares with (its thresholds), in yuan. */
  readonly thresholds: readonly number[];
  /** The clause's caps (item and clause), in yuan. */
  readonly caps: readonly number[];
  /** Where a cap starts to bind (cap ÷ rate), in yuan of the fact. */
  readonly knees: readonly number[];
  readonly current: number | undefined;
};

/** The item the card shows: the first paying one, else the first near miss, else the first. */
function chosenItem(result: ClauseResult): ItemResult | undefined {
  return (
    result.items.find((it) => it.status === "eligible" && it.amount && it.amount.max > 0) ??
    result.items.find((it) => it.conditions.some((c) => c.status === "unmet" && c.gap)) ??
    result.items[0]
  );
}

/** The clause's money facts (unit yuan), each at its place in the profile for the chosen item. */
export function whatIfChoice(
  clause: AnyClause,
  result: ClauseResult,
  profile: Profile,
  eventYear: number,
): WhatIfChoice {
  const item = clause.items ? chosenItem(result) : undefined;
  let index = -1;
  if (clause.items && item) {
    const list = getAt(profile, clause.items.path.split("."));
    if (Array.isArray(list)) index = list.findIndex((x) => clause.items!.key(x) === item.key);
  }
  const facts: WhatIfFact[] = [];
  for (const path of clause.reads as readonly string[]) {
    const info = resolveFact(path);
    if (!info?.meta || info.meta.unit !== "yuan") continue;
    let at: Segment[];
    // A yearly figure sits under its calendar year: "finance.previous.revenue" → finance.2024.revenue.
    if (!path.includes("[]")) at = storedFactPath(path, eventYear).split(".");
    else if (clause.items && index >= 0 && path.startsWith(`${clause.items.path}[].`))
      at = [
        ...clause.items.path.split("."),
        index,
        ...path.slice(clause.items.path.length + 3).split("."),
      ];
    else continue;
    const value = getAt(profile, at);
    facts.push({
      path,
      at,
      label: {
        zh: factLabel(path, "zh", eventYear),
        en: factLabel(path, "en", eventYear),
      },
      value: typeof value === "number" ? value : undefined,
    });
  }
  const base = item?.steps.find((s) => s.op === "base");
  const gapFacts = (item?.conditions ?? result.nearMisses)
    .filter((c) => c.gap && c.status === "unmet")
    .flatMap((c) => c.facts as readonly string[]);
  const defaultPath =
    (base && facts.find((f) => f.value === base.value)?.path) ??
    facts.find((f) => gapFacts.includes(f.path))?.path ??
    facts[0]?.path;
  return { item, facts, defaultPath };
}

const clauseOf = (r: ReturnType<typeof evaluate>, id: string) => r.clauses.find((c) => c.id === id);

function pointAt(
  registry: Registry,
  profile: Profile,
  round: Round,
  clauseId: string,
  fact: WhatIfFact,
  x: number,
) {
  const r = evaluate(registry, setAt(profile, fact.at, x), round);
  const c = clauseOf(r, clauseId);
  const paid = c?.status === "eligible" ? (c.amount?.max ?? 0) : 0;
  return {
    point: { x, clause: paid, total: r.totals.overall.max + r.totals.toWin.max },
    result: c,
  };
}

/** Cap steps and cap ÷ rate knees of the trace (the item's stages and the clause's own). */
function capsOf(steps: readonly Step[], base: number | undefined, value: number | undefined) {
  const caps: number[] = [];
  const knees: number[] = [];
  let rate: { num: number; den: number } | undefined;
  for (const s of steps) {
    if (s.op === "rate" && !s.rate.perUnit) rate = s.rate;
    if (s.op !== "cap") continue;
    caps.push(s.cap);
    // Only where the base is the fact itself: the knee is then cap ÷ rate of the fact.
    if (rate && base !== undefined && base === value && rate.num > 0)
      knees.push(Math.ceil((s.cap * rate.den) / rate.num));
  }
  return { caps, knees };
}

const uniqueSorted = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * About `samples` evaluations of the profile with the fact at values from 0 to twice the larger of
 * the current figure and the highest threshold or cap knee, plus those exact values (and a yuan
 * below each threshold, so a step shows as a step).
 */
export function whatIfSeries(
  registry: Registry,
  profile: Profile,
  round: Round,
  clause: AnyClause,
  fact: WhatIfFact,
  samples = 40,
): WhatIfSeries {
  const here = pointAt(registry, profile, round, clause.id, fact, fact.value ?? 0).result;
  const index = fact.at.find((s): s is number => typeof s === "number");
  const list = clause.items ? getAt(profile, clause.items.path.split(".")) : undefined;
  const key = Array.isArray(list) && index !== undefined ? clause.items!.key(list[index]) : null;
  const chosen = here?.items.find((it) => key === null || it.key === key);
  const conditions = [...(chosen?.conditions ?? []), ...(here?.nearMisses ?? [])];
  const compared = conditions.filter(
    (c) => c.gap && c.gap.unit === "yuan" && (c.facts as string[]).includes(fact.path),
  );
  // The stated values ("达到 1000 万元", "超过上年"); the figures each side of them are sampled.
  const thresholds = uniqueSorted(compared.map((c) => c.gap!.required));
  const edges = compared.map((c) =>
    c.gap!.comparator === ">" ? c.gap!.required + 1 : c.gap!.required - 1,
  );
  const base = chosen?.steps.find((s) => s.op === "base")?.value;
  const own = capsOf([...(chosen?.steps ?? []), ...(here?.steps ?? [])], base, fact.value ?? 0);
  const knees = uniqueSorted(own.knees);
  const top = Math.max(fact.value ?? 0, ...thresholds, ...knees);
  const end = top > 0 ? top * 2 : 10_000_000;
  const xs = new Set<number>();
  for (let i = 0; i <= samples; i++) xs.add(Math.round((end * i) / samples));
  for (const v of [...thresholds, ...knees, fact.value ?? 0]) if (v <= end) xs.add(v);
  for (const v of edges) if (v >= 0 && v <= end) xs.add(v);
  // The caps met anywhere in the range (a near miss has none at the current figure).
  const caps = new Set(own.caps);
  const points = [...xs]
    .sort((a, b) => a - b)
    .map((x) => {
      const { point, result } = pointAt(registry, profile, round, clause.id, fact, x);
      const it = result?.items.find((i) => key === null || i.key === key);
      for (const st of [...(it?.steps ?? []), ...(result?.steps ?? [])])
        if (st.op === "cap") caps.add(st.cap);
      return point;
    });
  return { points, thresholds, caps: uniqueSorted([...caps]), knees, current: fact.value };
}
