/**
 * Numbers as people type them: "30,000,000", "３０００", "3 000.5". What parses becomes a number;
 * anything else is kept as the typed text, so the profile schema reports it next to the field.
 */

export type MoneyUnit = "wan" | "yuan";

const FULL_WIDTH = /[０-９．－，]/g;

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, "")
    .trim();
}

const DECIMAL = /^-?(\d+)(\.(\d+))?$/;

/** "" → undefined; "3,000.5" → 3000.5; "abc" → "abc" (kept for the validator to report). */
export function numberFromInput(text: string): number | string | undefined {
  const s = normalise(text);
  if (s === "") return undefined;
  if (!DECIMAL.test(s)) return text.trim();
  return Number(s);
}

/** Yuan from input in 万元 or 元, shifting the decimal point exactly (no float drift). */
export function yuanFromInput(text: string, unit: MoneyUnit): number | string | undefined {
  const s = normalise(text);
  if (s === "") return undefined;
  const m = DECIMAL.exec(s);
  if (!m) return text.trim();
  if (unit === "yuan") return Number(s);
  const negative = s.startsWith("-");
  const int = m[1]!;
  const frac = (m[3] ?? "").padEnd(4, "0");
  const shifted = `${int}${frac.slice(0, 4)}${frac.length > 4 ? `.${frac.slice(4)}` : ""}`;
  const value = Number(shifted);
  return negative ? -value : value;
}

/** What the input shows for a stored value: yuan as 万元 or 元, typed text as it was. */
export function moneyToInput(value: unknown, unit: MoneyUnit): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  if (unit === "yuan" || !Number.isInteger(value))
    return unit === "yuan" ? String(value) : String(value / 10_000);
  const negative = value < 0;
  const digits = String(Math.abs(value)).padStart(5, "0");
  const int = digits.slice(0, -4).replace(/^0+(?=\d)/, "");
  const frac = digits.slice(-4).replace(/0+$/, "");
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

export function numberToInput(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return String(value);
}
