/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the 31-character
 * set 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V); the 18th is a check character computed from the
 * first 17 with the weights 3^(i) mod 31.
 */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** Weight of position i (0-based) among the first 17 characters: 3^i mod 31. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

/** Upper-cases and removes spaces, as people type and paste the code. */
export function normaliseCreditCode(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, "").toUpperCase();
}

/** The check character for the first 17 characters, or undefined if any is outside the set. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) return undefined;
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[check];
}

export type CreditCodeProblem = "length" | "charset" | "checksum";

/** Why a (normalised) code is invalid, or undefined when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (code.length !== 18) return "length";
  for (const ch of code) if (!CREDIT_CODE_CHARSET.includes(ch)) return "charset";
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? undefined : "checksum";
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(normaliseCreditCode(code)) === undefined;
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, { zh: string; en: string }> = {
  length: { zh: "应为 18 位", en: "must be 18 characters long" },
  charset: {
    zh: "只能包含数字和大写字母（不含 I、O、Z、S、V）",
    en: "may contain only digits and capital letters other than I, O, Z, S and V",
  },
  checksum: {
    zh: "校验码不正确，请核对是否输错",
    en: "has a wrong check character; please check for typing errors",
  },
};

/** Completes 17 characters with their check character (for demo and test data). */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17);
  if (!check) throw new RangeError(`withCheckChar: "${first17}" is not 17 valid characters`);
  return first17 + check;
}
