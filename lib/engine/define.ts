import type { Profile } from "@/lib/profile/schema";
import type { Clause, Params } from "./types";

/** Identity with inference: keeps a clause's item and parameter types checked. */
export function defineClause<I = Profile, P extends Params = Params>(
  clause: Clause<I, P>,
): Clause<I, P> {
  return clause;
}
