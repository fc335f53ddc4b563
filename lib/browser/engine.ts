import type { Registry } from "@/lib/engine/evaluate";
import type { AnyClause } from "@/lib/engine/types";

/**
 * The rules and the engine as a value. The self-check's form is in the page's first load and
 * receives them once their chunk has loaded (app/check/use-calculator-chunk.ts); until then it
 * asks the start step's questions, which read no clause. Pages that have the rules anyway pass
 * `fullEngine`.
 */
export type Engine = {
  readonly registry: Registry;
  /** Every clause of the nine policies, in the order of the texts. */
  readonly clauses: readonly AnyClause[];
  /** The facts a clause reads, by clause id. */
  readonly readsOf: (id: string) => readonly string[] | undefined;
};
