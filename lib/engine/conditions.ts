import type { Rate } from "./money";
import type { Condition, Gap, ProfilePath } from "./types";
import type { Text } from "./text";

/** A yes/no fact: true → met, false → unmet, unanswered → unknown. */
export function fact(
  label: Text,
  value: boolean | undefined | null,
  facts: readonly ProfilePath[],
): Condition {
  return { label, status: value === true ? "met" : value === false ? "unmet" : "unknown", facts };
}

/**
 * One of several yes/no answers ("入选国家、省或市目录"): met when any is yes, unmet when all are
 * no, otherwise unknown.
 */
export function anyFact(
  label: Text,
  values: readonly (boolean | undefined | null)[],
  facts: readonly ProfilePath[],
): Condition {
  let unanswered = false;
  for (const v of values) {
    if (v === true) return { label, status: "met", facts };
    if (v !== false) unanswered = true;
  }
  return { label, status: unanswered ? "unknown" : "unmet", facts };
}

/**
 * One of several alternatives ("小巨人、隐形冠军、鲲鹏企业以及达到一定规模的企业"): met when any
 * alternative is met, unmet when all are unmet, otherwise unknown; asks for every alternative's
 * facts, each once, in order.
 */
export function anyOf(label: Text, alternatives: readonly Condition[]): Condition {
  let met = false;
  let allUnmet = true;
  const facts: ProfilePath[] = [];
  for (const c of alternatives) {
    if (c.status === "met") met = true;
    else if (c.status !== "unmet") allUnmet = false;
    for (const f of c.facts) if (!facts.includes(f)) facts.push(f);
  }
  return { label, status: met ? "met" : allUnmet ? "unmet" : "unknown", facts };
}

/** Whether an answered list holds a matching item: undefined while the list is unanswered. */
export function listHas<T>(
  items: readonly T[] | undefined,
  test: (item: T) => boolean,
): boolean | undefined {
  return items === undefined ? undefined : items.some(test);
}

/** The answered list names the value (a platform serving 生物医药); unknown while it is unanswered. */
export function listIncludes<T>(
  label: Text,
  list: readonly T[] | undefined | null,
  value: T,
  facts: readonly ProfilePath[],
): Condition {
  return fact(label, list == null ? undefined : list.includes(value), facts);
}

/** A fact that must be false ("委托双方须无投资关联情况"). */
export function not(
  label: Text,
  value: boolean | undefined | null,
  facts: readonly ProfilePath[],
): Condition {
  return fact(label, value == null ? value : !value, facts);
}

/** A figure that must be answered before the amount can be computed. */
export function known(label: Text, value: unknown, facts: readonly ProfilePath[]): Condition {
  return { label, status: value === undefined || value === null ? "unknown" : "met", facts };
}

type ThresholdOptions = { facts: readonly ProfilePath[]; unit?: Gap["unit"] };

/** 达到 / 以上 (inclusive): actual ≥ required. */
export function atLeast(
  label: Text,
  actual: number | undefined | null,
  required: number,
  o: ThresholdOptions,
): Condition {
  return threshold(label, actual, required, ">=", o);
}

/** 超过 (exclusive): actual > required. */
export function above(
  label: Text,
  actual: number | undefined | null,
  required: number,
  o: ThresholdOptions,
): Condition {
  return threshold(label, actual, required, ">", o);
}

function threshold(
  label: Text,
  actual: number | undefined | null,
  required: number,
  comparator: ">=" | ">",
  o: ThresholdOptions,
): Condition {
  if (actual === undefined || actual === null) return { label, status: "unknown", facts: o.facts };
  const ok = comparator === ">=" ? actual >= required : actual > required;
  return {
    label,
    status: ok ? "met" : "unmet",
    facts: o.facts,
    gap: { actual, required, unit: o.unit ?? "yuan", comparator },
  };
}

/** current > previous ("新增" must be positive): unknown while either year is unanswered. */
export function grew(
  label: Text,
  current: number | undefined | null,
  previous: number | undefined | null,
  facts: readonly ProfilePath[],
): Condition {
  if (previous === undefined || previous === null) return { label, status: "unknown", facts };
  return above(label, current, previous, { facts });
}

/** current − previous ("新增", "增量"), or undefined while either year is unanswered. */
export function increase(
  current: number | undefined | null,
  previous: number | undefined | null,
): number | undefined {
  return current == null || previous == null ? undefined : current - previous;
}

/** part / whole ≥ rate (达到 … 及以上), compared exactly in integers; the gap is shown in percent. */
export function shareAtLeast(
  label: Text,
  part: number | undefined | null,
  whole: number | undefined | null,
  rate: Rate,
  facts: readonly ProfilePath[],
): Condition {
  if (part == null || whole == null) return { label, status: "unknown", facts };
  const required = (rate.num * 100) / rate.den;
  const actual = whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0;
  const ok = whole > 0 && part * rate.den >= whole * rate.num;
  return {
    label,
    status: ok ? "met" : "unmet",
    facts,
    gap: { actual, required, unit: "percent", comparator: ">=" },
  };
}

/** A supported year (最多可连续支持 3 年): the year counted from 1 lies within 1…maxYears. */
export function withinYears(
  label: Text,
  year: number | undefined | null,
  maxYears: number,
  facts: readonly ProfilePath[],
): Condition {
  return fact(label, year == null ? undefined : year >= 1 && year <= maxYears, facts);
}

/** The value must be one of the allowed ones (a class, a phase, a level). */
export function oneOf<T>(
  label: Text,
  value: T | undefined | null,
  allowed: readonly T[],
  facts: readonly ProfilePath[],
): Condition {
  if (value === undefined || value === null) return { label, status: "unknown", facts };
  return { label, status: allowed.includes(value) ? "met" : "unmet", facts };
}

/** A selection, ranking or review the applicant must still win (每年不超过 10 个, 前 50 家, 经评审). */
export function toWin(label: Text): Condition {
  return { label, status: "to-win", facts: [] };
}

/** growth ≥ required % (e.g. 增速超过 20%): both years must be known. */
export function growthAtLeast(
  label: Text,
  current: number | undefined | null,
  previous: number | undefined | null,
  requiredPercent: number,
  o: { facts: readonly ProfilePath[]; strict?: boolean },
): Condition {
  if (current == null || previous == null) return { label, status: "unknown", facts: o.facts };
  if (previous <= 0) return { label, status: current > 0 ? "met" : "unmet", facts: o.facts };
  const growth = ((current - previous) / previous) * 100;
  const rounded = Math.round(growth * 100) / 100;
  const ok = o.strict ? growth > requiredPercent : growth >= requiredPercent;
  return {
    label,
    status: ok ? "met" : "unmet",
    facts: o.facts,
    gap: {
      actual: rounded,
      required: requiredPercent,
      unit: "percent",
      comparator: o.strict ? ">" : ">=",
    },
  };
}
