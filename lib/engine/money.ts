/**
 * Money is integer yuan. Rates are exact rationals. Every product of an amount and a rate is
 * rounded once, half up to the whole yuan (四舍五入到元) — the single rounding rule of the engine.
 */
export type Yuan = number;

export type Rate = {
  readonly num: number;
  readonly den: number;
  /** How the text writes it, e.g. "40%", "1%". */
  readonly text: string;
  /** For per-unit rates: the unit of the base ("千克" / "kg"). */
  readonly perUnit?: { readonly zh: string; readonly en: string };
};

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function yuan(amount: number): Yuan {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`yuan(): ${amount} is not an integer`);
  return amount;
}

/** 万元 → yuan: wan(600) = 6,000,000. */
export const wan = (amount: number): Yuan => yuan(Math.round(amount * 10_000));

/** 亿元 → yuan: yi(5) = 500,000,000. */
export const yi = (amount: number): Yuan => yuan(Math.round(amount * 100_000_000));

function decimalToRational(value: number): { num: number; den: number } {
  const s = String(value);
  if (!/^\d+(\.\d+)?$/.test(s))
    throw new RangeError(`rate: ${value} is not a plain non-negative decimal`);
  const [int, frac = ""] = s.split(".");
  const den = 10 ** frac.length;
  return { num: Number(int) * den + Number(frac || 0), den };
}

/** percent(40) is 40 %. */
export function percent(value: number): Rate {
  const { num, den } = decimalToRational(value);
  return { num, den: den * 100, text: `${value}%` };
}

/** A rate as a number of percent, for thresholds compared with percentages: asPercent(percent(20)) is 20. */
export const asPercent = (r: Rate): number => (r.num * 100) / r.den;

/** A rate per unit of a quantity: perUnit(0.2, t("瓦","W")) is 0.2 yuan per watt. */
export function perUnit(value: number, unit: { zh: string; en: string }): Rate {
  const { num, den } = decimalToRational(value);
  return { num, den, text: String(value), perUnit: unit };
}

function divHalfUp(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  return r * 2n >= d ? q + 1n : q;
}

/** base × rate, rounded half up to the yuan. */
export function applyRate(base: number, rate: Rate): Yuan {
  if (base < 0) throw new RangeError("applyRate: negative base");
  if (Number.isInteger(base)) {
    const product = base * rate.num;
    if (product <= MAX_SAFE) {
      const q = Math.floor(product / rate.den);
      const r = product - q * rate.den;
      return r * 2 >= rate.den ? q + 1 : q;
    }
    return Number(divHalfUp(BigInt(base) * BigInt(rate.num), BigInt(rate.den)));
  }
  // Quantities such as kilograms may be fractional: scale to an exact rational first.
  const q = decimalToRational(base);
  return Number(divHalfUp(BigInt(q.num) * BigInt(rate.num), BigInt(q.den) * BigInt(rate.den)));
}

/** Percentage points: 90% − 10 points = 80%. */
export function minusPoints(rate: Rate, points: number): Rate {
  const pct = (rate.num * 100) / rate.den - points;
  return percent(Math.max(0, Math.round(pct * 1e6) / 1e6));
}
