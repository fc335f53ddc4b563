import { normaliseDigits as normalise } from "@/lib/units/money-input";

/**
 * Numbers as people type them: "30,000,000", "３０００", "3 000.5" (money: lib/units/money-input). What parses becomes a number;
 * anything else is kept as the typed text, so the profile schema reports it next to the field.
 */

const DECIMAL = /^-?(\d+)(\.(\d+))?$/;

/** "" → undefined; "3,000.5" → 3000.5; "abc" → "abc" (kept for the validator to report). */
export function numberFromInput(text: string): number | string | undefined {
  const s = normalise(text);
  if (s === "") return undefined;
  if (!DECIMAL.test(s)) return text.trim();
  return Number(s);
}

export function numberToInput(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return String(value);
}
