import type { EventProfile } from "@/lib/profile/years";
import type { Clause, Params } from "./types";

/** Identity with inference: keeps a clause's item and parameter types checked. */
export function defineClause<I = EventProfile, P extends Params = Params>(
  clause: Clause<I, P>,
): Clause<I, P> {
  return clause;
}
