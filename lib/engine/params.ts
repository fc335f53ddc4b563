import type { Rate, Yuan } from "./money";
import type { Param, Tier } from "./types";
import type { Text } from "./text";

/** Parameter constructors: each number of the text with its unit and a label. */
export const param = {
  yuan: (value: Yuan, label: Text) => ({ unit: "yuan", value, label }) as const,
  rate: (value: Rate, label: Text) => ({ unit: "rate", value, label }) as const,
  count: (value: number, label: Text) => ({ unit: "count", value, label }) as const,
  years: (value: number, label: Text) => ({ unit: "years", value, label }) as const,
  year: (value: number, label: Text) => ({ unit: "year", value, label }) as const,
  area: (value: number, label: Text) => ({ unit: "area-m2", value, label }) as const,
  tiers: (value: readonly Tier[], label: Text) => ({ unit: "tiers", value, label }) as const,
  table: <K extends string, V extends Yuan | Rate>(
    value: Readonly<Record<K, V>>,
    label: Text,
    rows: Readonly<Record<K, Text>>,
  ) => ({ unit: "table", value, label, rows }) as const,
} satisfies Record<string, (...args: never[]) => Param>;
