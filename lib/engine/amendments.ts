import { t, type Text } from "./text";
import type { AnyClause, IsoDate, Params } from "./types";
import type { Round } from "./round";

/**
 * A clause's parameters for a round. A clause may hold later versions of some parameters keyed by
 * the day they take effect (OpenFisca's dated values: `{ "2026-01-01": { cap: … } }`); the version
 * in force on the first day of the round's event year applies, and a change later in that year is
 * noted in the trace. Cached per clause and event year: the result never changes.
 */
export type RoundParams = { readonly params: Params; readonly notes: readonly Text[] };

const cache = new WeakMap<AnyClause, Map<number, RoundParams>>();
const NO_NOTES: readonly Text[] = [];

export function paramsForRound(clause: AnyClause, round: Round): RoundParams {
  const dated = clause.amendedParams as Readonly<Record<IsoDate, Params>> | undefined;
  if (!dated) return { params: clause.params, notes: NO_NOTES };
  let byYear = cache.get(clause);
  if (!byYear) cache.set(clause, (byYear = new Map()));
  let found = byYear.get(round.eventYear);
  if (!found) {
    found = pick(clause.params, dated, round.eventYear);
    byYear.set(round.eventYear, found);
  }
  return found;
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
