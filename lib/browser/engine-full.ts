import { ALL_CLAUSES, registry } from "@/rules";
import type { Engine } from "./engine";

const reads = new Map(ALL_CLAUSES.map((c) => [c.id, c.reads as readonly string[]]));

/** The whole rule set (imports every policy's rules: light pages load it after the page). */
export const fullEngine: Engine = {
  registry,
  clauses: ALL_CLAUSES,
  readsOf: (id) => reads.get(id),
};
