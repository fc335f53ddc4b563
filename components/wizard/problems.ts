import { getAt } from "@/lib/browser/json-path";
import { resolveFact, unwrap } from "@/lib/profile/facts";
import type { FieldProblem } from "@/lib/profile/parse";
import { factOfPath, segmentsOf } from "./ids";

export type ProblemTexts = {
  readonly notANumber: string;
  readonly negative: string;
  readonly wholeYuan: string;
  readonly wholeNumber: string;
};

const typeOf = (fact: string) => {
  const info = resolveFact(fact);
  if (!info) return undefined;
  const def = (unwrap(info.schema) as unknown as { _zod: { def: { type: string } } })._zod.def;
  return { type: def.type, unit: info.meta?.unit };
};

/**
 * The schema's message for a problem, said plainly where the schema's own wording is technical:
 * text in a number field, a negative figure, money below the yuan.
 */
export function problemMessage(problem: FieldProblem, draft: unknown, texts: ProblemTexts): string {
  const kind = typeOf(factOfPath(problem.path));
  if (kind?.type !== "number") return problem.message;
  const raw = getAt(draft, segmentsOf(problem.path));
  if (typeof raw === "string") return texts.notANumber;
  if (typeof raw !== "number") return problem.message;
  if (raw < 0) return texts.negative;
  if (!Number.isInteger(raw)) {
    if (kind.unit === "yuan") return texts.wholeYuan;
    if (kind.unit === "year" || kind.unit === "count") return texts.wholeNumber;
  }
  return problem.message;
}
