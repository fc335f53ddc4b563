/**
 * Money as people type and paste it: "3000" in the chosen unit, "3000万", "1.2亿", "30,000,000元",
 * full-width digits. The result is exact integer yuan (the decimal point is shifted on the digits,
 * never multiplied in floating point); anything unreadable is kept as text for the schema to report.
 */

export const MONEY_UNITS = ["yuan", "wan", "yi"] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Decimal places from 元: 万元 = 10^4, 亿元 = 10^8. */
export const UNIT_DIGITS: Record<MoneyUnit, number> = { yuan: 0, wan: 4, yi: 8 };

const FULL_WIDTH = /[０-９．－，]/g;

/** Full-width digits to ASCII, without grouping commas or spaces. */
export function normaliseDigits(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, "")
    .trim();
}

const SUFFIX: readonly [RegExp, MoneyUnit][] = [
  [/(亿元|亿)$/, "yi"],
  [/(万元|万)$/, "wan"],
  [/(元|RMB|CNY|¥|￥)$/i, "yuan"],
];

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export type ParsedMoney = {
  /** Exact yuan; a fractional number when more decimals than whole yuan were typed. */
  readonly yuan: number;
  /** The unit written with the figure ("1.2亿"), if any. */
  readonly unit?: MoneyUnit;
};

/** "3000万" → 30,000,000 yuan; "1.2" in 亿元 → 120,000,000; "abc" → undefined. */
export function parseMoney(text: string, defaultUnit: MoneyUnit): ParsedMoney | undefined {
  let s = normaliseDigits(text).replace(/^[¥￥]/, "");
  let unit: MoneyUnit | undefined;
  for (const [re, u] of SUFFIX)
    if (re.test(s)) {
      s = s.replace(re, "");
      unit = u;
      break;
    }
  const m = DECIMAL.exec(s);
  if (!m) return undefined;
  const digits = UNIT_DIGITS[unit ?? defaultUnit];
  const frac = m[3] ?? "";
  const int = `${m[2]}${frac.slice(0, digits).padEnd(digits, "0")}`;
  const rest = frac.slice(digits);
  const value = Number(rest ? `${int}.${rest}` : int);
  return { yuan: m[1] ? -value : value, unit };
}

/** What the field stores for a typed text: yuan, undefined when empty, the text when unreadable. */
export function moneyFromInput(text: string, unit: MoneyUnit): number | string | undefined {
  if (normaliseDigits(text) === "") return undefined;
  return parseMoney(text, unit)?.yuan ?? text.trim();
}

/** Yuan written in a unit without float drift: 30,000,000 in 万元 → "3000", in 亿元 → "0.3". */
export function moneyInUnit(yuan: number, unit: MoneyUnit): string {
  if (!Number.isInteger(yuan)) return String(yuan / 10 ** UNIT_DIGITS[unit]);
  const d = UNIT_DIGITS[unit];
  const negative = yuan < 0;
  const digits = String(Math.abs(yuan)).padStart(d + 1, "0");
  const int = d ? digits.slice(0, -d) : digits;
  const frac = d ? digits.slice(-d).replace(/0+$/, "") : "";
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** What the input shows for a stored value: yuan in the unit, typed text as it was. */
export function moneyToInput(value: unknown, unit: MoneyUnit): string {
  if (typeof value === "string") return value;
  if (typeof value !== "number" || !Number.isFinite(value)) return "";
  return moneyInUnit(value, unit);
}

const group = (s: string) => {
  const [int = "", frac] = s.split(".");
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
};

/** "= 3,000 万元 = 0.3 亿元" / "= CNY 30,000,000 = 3,000 × 10,000 yuan": the value spoken back. */
export function moneySpokenBack(yuan: number, lang: "zh" | "en"): string {
  const yuanText = group(moneyInUnit(yuan, "yuan"));
  const wan = group(moneyInUnit(yuan, "wan"));
  const yi = group(moneyInUnit(yuan, "yi"));
  if (lang === "zh") return `= ${yuanText} 元 = ${wan} 万元 = ${yi} 亿元`;
  return `= CNY ${yuanText} = ${wan} × 10,000 yuan = ${yi} × 100 million yuan`;
}

/**
 * A figure that is most likely the right number in the wrong unit: at least 100 亿元 typed in a
 * 万元 or 亿元 field (no enterprise the policies address declares such sums), with what it would
 * be if typed in 元. Undefined when the value looks plausible.
 */
export const IMPLAUSIBLE_YUAN = 10_000_000_000;

export function suspiciousUnit(
  yuan: number,
  unit: MoneyUnit,
): { readonly asYuan: number } | undefined {
  if (unit === "yuan" || !(yuan >= IMPLAUSIBLE_YUAN)) return undefined;
  const asYuan = yuan / 10 ** UNIT_DIGITS[unit];
  return Number.isInteger(asYuan) ? { asYuan } : undefined;
}
