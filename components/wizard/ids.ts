import type { Segment } from "@/lib/browser/json-path";

const join = (segments: readonly Segment[]) => segments.join("-");

/** The DOM id of a field's input: ["biomedicine", "drugs", 0, "rdInvestment"] → "f-biomedicine-drugs-0-rdInvestment". */
export const fieldId = (segments: readonly Segment[]) => `f-${join(segments)}`;

/** The section of a list of items. */
export const listId = (segments: readonly Segment[]) => `l-${join(segments)}`;

/** The button that adds an item to a list. */
export const addButtonId = (segments: readonly Segment[]) => `add-${join(segments)}`;

/** "biomedicine.drugs.0.rdInvestment" → ["biomedicine", "drugs", 0, "rdInvestment"]. */
export function segmentsOf(path: string): Segment[] {
  return path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "biomedicine.drugs.0.rdInvestment" → the fact path "biomedicine.drugs[].rdInvestment". */
export const factOfPath = (path: string) => path.replace(/\.\d+(?=\.|$)/g, "[]");

/** Focuses an element, or the first control inside it (fieldsets, list sections). */
export function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target = el.matches("input, select, textarea, button, [tabindex]")
    ? el
    : el.querySelector<HTMLElement>("input:checked, input, select, textarea, button");
  (target ?? el).scrollIntoView({ block: "center" });
  target?.focus({ preventScroll: true });
  return true;
}
