import { getAt } from "@/lib/browser/json-path";
import {
  asksItemField,
  START_FACTS,
  stepOfFact,
  type WizardStep,
} from "@/lib/profile/wizard-steps";
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
  const group = steps
    .flatMap((s) => s.groups)
    .find((g) => g.type === "list" && g.path === listPath);
  const field = group?.fields.find((f) => f.key === rest);
  const isMissing = (it: unknown) => getAt(it, fieldSegments) === undefined;
  // The first item that lacks the fact and is asked it (another item may not need it).
  const asked = items.findIndex(
    (it) =>
      isMissing(it) &&
      group?.type === "list" &&
      field !== undefined &&
      asksItemField(group, it, field),
  );
  const missing = asked >= 0 ? asked : items.findIndex(isMissing);
  return {
    step,
    elementId: fieldId([...listSegments, Math.max(0, missing), ...fieldSegments]),
  };
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
