import type { ClauseResult, ItemResult } from "@/lib/engine/types";

/**
 * The facts still worth asking, given the answers so far. A clause's conditions are read in
 * order and asking stops at the first one not yet met (its facts stay asked, so an answer that
 * ruled the clause out can still be changed). The facts the amount reads come last, once every
 * condition is met. Clauses out of force ask nothing; a clause with no items yet, or stuck on a
 * condition that names no fact, asks everything it reads.
 *
 * Per clause, a met condition keeps only its answered facts and any answered fact stays, so that
 * an answer given can be corrected. Per list item, the same walk gives the item's own follow-ups
 * (drug class → phase → R&D): an item asks only what its clauses still need of it; its answered
 * fields stay on screen through the draft, not through this map.
 */
export type OpenReads = {
  /** Clause id → the facts it still asks (item facts: on any of its items). */
  readonly clauses: ReadonlyMap<string, readonly string[]>;
  /** List path ("biomedicine.drugs") → item key (its id) → the item's fields still asked ("rdInvestment"). */
  readonly items: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;
};

/**
 * The facts one item of a clause still asks (`open`) and keeps (`kept`: answered facts of met
 * conditions), or undefined when it asks everything the clause reads. Of the first condition not
 * met, its facts are asked one at a time, in the order the rule lists them: a drug's type and
 * class settle its category before the consistency evaluation is asked about.
 */
function openOfItem(
  item: ItemResult,
  reads: readonly string[],
  answered: (fact: string) => boolean,
) {
  const kept: string[] = [];
  for (const c of item.conditions) {
    if (c.status === "met" || c.status === "to-win") {
      // Met already: a fact it did not need (a class-1 drug's consistency evaluation) is not asked.
      for (const f of c.facts) if (answered(f)) kept.push(f);
      continue;
    }
    if (c.status === "unknown" && c.facts.length === 0) return undefined;
    const next = c.facts.findIndex((f) => !answered(f) && reads.includes(f));
    return { open: next < 0 ? c.facts : c.facts.slice(0, next + 1), kept };
  }
  return undefined;
}

const ITEM_FACT = /^(.+?)\[\]\.(.+)$/;

function addItemFact(
  items: Map<string, Map<string, Set<string>>>,
  fact: string,
  key: string,
): void {
  const m = ITEM_FACT.exec(fact);
  if (!m) return;
  const [, list, field] = m as unknown as [string, string, string];
  let byKey = items.get(list);
  if (!byKey) items.set(list, (byKey = new Map()));
  let fields = byKey.get(key);
  if (!fields) byKey.set(key, (fields = new Set()));
  fields.add(field);
}

/**
 * Open facts per clause id and per list item, from an evaluation of the draft; `readsOf` gives a
 * clause's reads, `answered` whether the draft answers a fact (on any item, for item facts), and
 * `answeredOn` whether it answers an item fact on the item of that key.
 */
export function openReads(
  clauses: readonly ClauseResult[],
  readsOf: (id: string) => readonly string[] | undefined,
  answered: (fact: string) => boolean,
  answeredOn: (fact: string, itemKey: string) => boolean = answered,
): OpenReads {
  const byClause = new Map<string, readonly string[]>();
  const items = new Map<string, Map<string, Set<string>>>();
  for (const r of clauses) {
    const reads = readsOf(r.id);
    if (!reads) continue;
    if (r.status === "expired" || r.status === "not-yet-effective") {
      byClause.set(r.id, []);
      continue;
    }
    let all = r.items.length === 0;
    const open = new Set<string>();
    for (const item of r.items) {
      const o = openOfItem(item, reads, (f) =>
        ITEM_FACT.test(f) ? answeredOn(f, item.key) : answered(f),
      );
      const facts = o ? o.open : reads;
      for (const f of facts) addItemFact(items, f, item.key);
      if (!o) all = true;
      else for (const f of [...o.open, ...o.kept]) open.add(f);
    }
    // An answer given stays on screen, so it can be corrected.
    byClause.set(r.id, all ? reads : reads.filter((f) => open.has(f) || answered(f)));
  }
  return { clauses: byClause, items };
}

/** A stable key of the open facts, so the wizard's questions are rebuilt only when they change. */
export function openReadsKey(open: OpenReads): string {
  const clauses = [...open.clauses].map(([id, facts]) => `${id}:${facts.join(",")}`);
  const items = [...open.items].flatMap(([list, byKey]) =>
    [...byKey].map(([key, fields]) => `${list}#${key}:${[...fields].sort().join(",")}`),
  );
  return [...clauses, ...items].join(";");
}
