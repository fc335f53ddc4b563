import type { ClauseResult } from "@/lib/engine/result-types";

/** The Chinese labels of a clause's conditions, over all its items. */
export const conditionLabels = (r: ClauseResult): string[] =>
  r.items.flatMap((i) => i.conditions.map((c) => c.label.zh));

/** The English labels of a clause's conditions, over all its items. */
export const conditionLabelsEn = (r: ClauseResult): string[] =>
  r.items.flatMap((i) => i.conditions.map((c) => c.label.en));

/** The Chinese labels of a clause's calculation steps (items, then clause stages). */
export const stepLabels = (r: ClauseResult): string[] =>
  [...r.items.flatMap((i) => i.steps), ...r.steps].flatMap((s) =>
    "label" in s && s.label ? [s.label.zh] : [],
  );

/** The status of the clause's condition whose Chinese label is `label` (undefined when absent). */
export const statusOf = (r: ClauseResult, label: string) =>
  r.items.flatMap((i) => i.conditions).find((c) => c.label.zh === label)?.status;
