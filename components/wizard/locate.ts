import { getAt } from "@/lib/browser/json-path";
import {
  asksItemField,
  START_FACTS,
  stepOfFact,
  type WizardStep,
} from "@/lib/profile/wizard-steps";
import type { EvaluationResult } from "@/lib/engine/types";
import { openReads, type OpenReads } from "@/lib/profile/open-reads";
import { storedFactPath } from "@/lib/profile/years";
import { addButtonId, fieldId, segmentsOf } from "./ids";

/** The id of the wizard's opening step, when the host passes one (industries, date, applicant). */
export const INTRO_STEP = "start";

export type FactLocation = { readonly step: string; readonly elementId: string };

/**
 * Where the wizard asks a fact: its step, and the element to focus. For a fact of list items,
 * the first item still missing it (or the list's add button when there are no items yet). A
 * yearly figure the rules name relative to the event year is found under its calendar year.
 */
export function locateFact(
  steps: readonly WizardStep[],
  ruleFact: string,
  draft: unknown,
  eventYear?: number,
): FactLocation | undefined {
  const fact = storedFactPath(ruleFact, eventYear);
  if (START_FACTS.includes(fact)) return { step: INTRO_STEP, elementId: fieldId(segmentsOf(fact)) };
  const step = stepOfFact(steps, fact);
  if (!step) return undefined;
  const [listPath, rest] = fact.split("[].") as [string, string | undefined];
  if (rest === undefined) {
    const segments = segmentsOf(fact);
    const isList = steps.some((s) => s.groups.some((g) => g.type === "list" && g.path === fact));
    return { step, elementId: isList ? addButtonId(segments) : fieldId(segments) };
  }
  const listSegments = segmentsOf(listPath);
  const items = getAt(draft, listSegments);
  if (!Array.isArray(items) || items.length === 0)
    return { step, elementId: addButtonId(listSegments) };
  const fieldSegments = segmentsOf(rest);
  // The first item that lacks the fact and is asked it (another item may not need it yet).
  const asked = firstItemAsked(steps, listPath, rest, items);
  const missing =
    asked >= 0 ? asked : items.findIndex((it) => getAt(it, fieldSegments) === undefined);
  return {
    step,
    elementId: fieldId([...listSegments, Math.max(0, missing), ...fieldSegments]),
  };
}

/** The index of the first item that lacks an item fact and is shown its question, or -1. */
function firstItemAsked(
  steps: readonly WizardStep[],
  listPath: string,
  key: string,
  items: readonly unknown[],
): number {
  const group = steps
    .flatMap((s) => s.groups)
    .find((g) => g.type === "list" && g.path === listPath);
  if (group?.type !== "list") return -1;
  const field = group.fields.find((f) => f.key === key);
  if (!field) return -1;
  const segments = segmentsOf(key);
  return items.findIndex(
    (it) => getAt(it, segments) === undefined && asksItemField(group, it, field),
  );
}

/**
 * Whether the form shows a fact's question now. An item fact is shown on an item only once the
 * item's earlier answers make it matter (a drug's R&D after its licence): until some item that
 * lacks it shows it, "去填写" would lead nowhere. A list without items asks through "添加".
 */
export function asksFactNow(
  steps: readonly WizardStep[],
  ruleFact: string,
  draft: unknown,
  eventYear?: number,
): boolean {
  const [listPath, rest] = storedFactPath(ruleFact, eventYear).split("[].") as [
    string,
    string | undefined,
  ];
  if (rest === undefined) return true;
  const items = getAt(draft, segmentsOf(listPath));
  if (!Array.isArray(items) || items.length === 0) return true;
  return firstItemAsked(steps, listPath, rest, items) >= 0;
}

/**
 * Whether a draft answers a fact: a plain fact has a value; a list has been answered (even empty);
 * an item fact ("biomedicine.drugs[].phase") is answered on every item (or on any, `onAnyItem`),
 * and unanswered with none. Yearly figures are looked up under their calendar year (`eventYear`).
 */
export function isAnswered(
  draft: unknown,
  fact: string,
  onAnyItem = false,
  eventYear?: number,
): boolean {
  const [listPath, rest] = storedFactPath(fact, eventYear).split("[].") as [
    string,
    string | undefined,
  ];
  const head = getAt(draft, segmentsOf(listPath));
  if (rest === undefined) return head !== undefined;
  if (!Array.isArray(head) || head.length === 0) return false;
  const fieldSegments = segmentsOf(rest);
  const has = (it: unknown) => getAt(it, fieldSegments) !== undefined;
  return onAnyItem ? head.some(has) : head.every(has);
}

/** Whether a draft answers an item fact ("biomedicine.drugs[].phase") on the item with this id. */
export function isAnsweredOnItem(draft: unknown, fact: string, itemId: string): boolean {
  const [listPath, rest] = fact.split("[].") as [string, string | undefined];
  const items = getAt(draft, segmentsOf(listPath));
  if (rest === undefined || !Array.isArray(items)) return false;
  const item: unknown = items.find(
    (it: unknown) =>
      typeof it === "object" && it !== null && (it as { id?: unknown }).id === itemId,
  );
  return item !== undefined && getAt(item, segmentsOf(rest)) !== undefined;
}

/** The facts still open for an evaluated draft: openReads with the draft's answers, per item too. */
export function openReadsOfDraft(
  result: EvaluationResult,
  readsOf: (id: string) => readonly string[] | undefined,
  draft: unknown,
): OpenReads {
  return openReads(
    result.clauses,
    readsOf,
    (fact) => isAnswered(draft, fact, true, result.round.eventYear),
    (fact, id) => isAnsweredOnItem(draft, fact, id),
  );
}
