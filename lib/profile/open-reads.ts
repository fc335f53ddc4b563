import type { ClauseResult } from "@/lib/engine/types";

/**
 * The facts still worth asking for each clause, given the answers so far: a clause's conditions
 * are read in order and asking stops at the first one not yet met (its facts stay asked, so an
 * answer that ruled the clause out can still be changed). The facts the amount reads come last,
 * once every condition is met. A met condition keeps only its answered facts; any answered fact stays. Clauses out of force ask nothing; a clause with no items yet, or
 * stuck on a condition that names no fact, asks everything it reads.
 */
export type OpenReads = ReadonlyMap<string, readonly string[]>;

function openOfResult(
  r: ClauseResult,
  reads: readonly string[],
  answered: (fact: string) => boolean,
): readonly string[] {
  if (r.status === "expired" || r.status === "not-yet-effective") return [];
  if (r.items.length === 0) return reads;
  const open = new Set<string>();
  for (const item of r.items) {
    let stopped = false;
    for (const c of item.conditions) {
      if (c.status === "met" || c.status === "to-win") {
        // Met already: its answers stay editable; a fact it did not need (a class-1 drug's
        // consistency evaluation) is not asked.
        for (const f of c.facts) if (answered(f)) open.add(f);
        continue;
      }
      for (const f of c.facts) open.add(f);
      if (c.status === "unknown" && c.facts.length === 0) return reads;
      stopped = true;
      break;
    }
    if (!stopped) return reads;
  }
  // An answer given stays on screen, so it can be corrected.
  return reads.filter((f) => open.has(f) || answered(f));
}

/**
 * Open facts per clause id, from an evaluation of the draft; `readsOf` gives a clause's reads,
 * `answered` whether the draft answers a fact (on any item, for item facts).
 */
export function openReads(
  clauses: readonly ClauseResult[],
  readsOf: (id: string) => readonly string[] | undefined,
  answered: (fact: string) => boolean,
): OpenReads {
  const out = new Map<string, readonly string[]>();
  for (const r of clauses) {
    const reads = readsOf(r.id);
    if (reads) out.set(r.id, openOfResult(r, reads, answered));
  }
  return out;
}

/** A stable key of the open facts, so the wizard's questions are rebuilt only when they change. */
export function openReadsKey(open: OpenReads): string {
  return [...open].map(([id, facts]) => `${id}:${facts.join(",")}`).join(";");
}
