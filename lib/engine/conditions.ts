import type { Condition, Gap } from "./types";
import type { Text } from "./text";

/** A yes/no fact: true → met, false → unmet, unanswered → unknown. */
export function fact(
  label: Text,
  value: boolean | undefined | null,
  facts: readonly string[],
): Condition {
  return { label, status: value === true ? "met" : value === false ? "unmet" : "unknown", facts };
}

/** A fact that must be false ("委托双方须无投资关联情况"). */
export function not(
  label: Text,
  value: boolean | undefined | null,
  facts: readonly string[],
): Condition {
  return fact(label, value == null ? value : !value, facts);
}

/** A figure that must be answered before the amount can be computed. */
export function known(label: Text, value: unknown, facts: readonly string[]): Condition {
  return { label, status: value === undefined || value === null ? "unknown" : "met", facts };
}

type ThresholdOptions = { facts: readonly string[]; unit?: Gap["unit"] };

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

/** The value must be one of the allowed ones (a class, a phase, a level). */
export function oneOf<T>(
  label: Text,
  value: T | undefined | null,
  allowed: readonly T[],
  facts: readonly string[],
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
  o: { facts: readonly string[]; strict?: boolean },
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
