import { t, type Text } from "./text";
import type { Yuan } from "./money";
import type { AnyClause, IsoDate, Params } from "./types";
import type { Round } from "./round";

/**
 * A clause's parameters for a round. A clause may hold later versions of some parameters keyed by
 * the day they take effect (OpenFisca's dated values: `{ "2026-01-01": { cap: … } }`); the version
 * in force on the first day of the round's event year applies, and a change later in that year is
 * noted in the trace. The clause's own cap follows its parameter (`clauseCap.param`). Cached per
 * clause and event year: the result never changes.
 */
export type RoundParams = {
  readonly params: Params;
  readonly notes: readonly Text[];
  /** The clause's cap (clauseCap) in the round; undefined when it has none. */
  readonly cap: Yuan | undefined;
};

const cache = new WeakMap<AnyClause, Map<number, RoundParams>>();
const NO_NOTES: readonly Text[] = [];

export function paramsForRound(clause: AnyClause, round: Round): RoundParams {
  const dated = clause.amendedParams as Readonly<Record<IsoDate, Params>> | undefined;
  if (!dated) return { params: clause.params, notes: NO_NOTES, cap: clause.clauseCap?.amount };
  let byYear = cache.get(clause);
  if (!byYear) cache.set(clause, (byYear = new Map()));
  let found = byYear.get(round.eventYear);
  if (!found) {
    const { params, notes } = pick(clause.params, dated, round.eventYear);
    found = { params, notes, cap: capOf(clause, params) };
    byYear.set(round.eventYear, found);
  }
  return found;
}

/** The clause's cap read from `params` where it names its parameter, else as stated. */
export function capOf(clause: AnyClause, params: Params): Yuan | undefined {
  const cap = clause.clauseCap;
  if (!cap) return undefined;
  const p = cap.param === undefined ? undefined : params[cap.param];
  return p?.unit === "yuan" ? p.value : cap.amount;
}

/** The day each amendment takes effect, earliest first, with the parameters it changes. */
export function amendmentsOf(clause: AnyClause): readonly [IsoDate, Params][] {
  const dated = clause.amendedParams as Readonly<Record<IsoDate, Params>> | undefined;
  if (!dated) return [];
  return Object.keys(dated)
    .sort()
    .map((day) => [day, dated[day]!]);
}

function pick(base: Params, dated: Readonly<Record<IsoDate, Params>>, eventYear: number) {
  const first = `${eventYear}-01-01`;
  const last = `${eventYear}-12-31`;
  let params: Params = base;
  const notes: Text[] = [];
  for (const day of Object.keys(dated).sort()) {
    const changed = dated[day]!;
    if (day <= first) params = { ...params, ...changed };
    else if (day <= last)
      for (const p of Object.values(changed))
        notes.push(
          t(
            `${p.label.zh}自 ${day} 起调整：该日之后发生的事项按新标准计算`,
            `${p.label.en} changes from ${day}: events after that day follow the new value`,
          ),
        );
    else break;
  }
  return { params, notes: notes.length ? notes : NO_NOTES };
}
