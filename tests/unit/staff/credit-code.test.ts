import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
  withCheckChar,
} from "@/lib/clients/credit-code";

describe("统一社会信用代码 check character (GB 32100-2015)", () => {
  it("uses the 31 characters without I, O, Z, S, V and the weights 3^i mod 31", () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const ch of "IOZSV") expect(CREDIT_CODE_CHARSET).not.toContain(ch);
    expect(CREDIT_CODE_WEIGHTS).toEqual([
      1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ]);
  });

  it("accepts published codes (the standard's example and real enterprises)", () => {
    for (const code of [
      "91350100M000100Y43", // the example in GB 32100-2015
      "9144030071526726XG",
      "91110000600037341L",
      "91330100716105852F",
    ])
      expect(isValidCreditCode(code), code).toBe(true);
  });

  it("computes the check character from the first 17: 91350100M000100Y4 → 3", () => {
    // Σ value × weight over the non-zero characters:
    // 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + M(21)·20 + 1·8 + Y(30)·30 + 4·28 = 1,640;
    // 1,640 mod 31 = 28; 31 − 28 = 3 → the character 3.
    const values = [..."91350100M000100Y4"].map((c) => CREDIT_CODE_CHARSET.indexOf(c));
    const sum = values.reduce((s, v, i) => s + v * CREDIT_CODE_WEIGHTS[i]!, 0);
    const check = (31 - (sum % 31)) % 31;
    expect(CREDIT_CODE_CHARSET[check]).toBe("3");
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });

  it("maps a remainder of 0 to the character 0 (31 − 0 = 31 ≡ 0)", () => {
    // Find a 17-character prefix whose weighted sum is a multiple of 31 and check it ends in 0.
    let found = "";
    for (let n = 0; n < 31 && !found; n++) {
      const prefix = `9133010${String(n).padStart(10, "0")}`;
      if (creditCodeCheckChar(prefix) === "0") found = prefix;
    }
    expect(found).not.toBe("");
    expect(isValidCreditCode(`${found}0`)).toBe(true);
  });

  it("names what is wrong: length, characters outside the set, the check character", () => {
    expect(creditCodeProblem("91350100M000100Y4")).toBe("length");
    expect(creditCodeProblem("91350100M000100Y433")).toBe("length");
    expect(creditCodeProblem("91350100M0001OOY43")).toBe("charset"); // letter O
    expect(creditCodeProblem("91350100M000100Y44")).toBe("checksum");
    expect(creditCodeProblem("91350100M000100Y43")).toBeUndefined();
  });

  it("catches every single-character typing error", () => {
    const good = "91350100M000100Y43";
    for (let i = 0; i < 18; i++)
      for (const ch of CREDIT_CODE_CHARSET) {
        if (ch === good[i]) continue;
        const typo = good.slice(0, i) + ch + good.slice(i + 1);
        expect(isValidCreditCode(typo), typo).toBe(false);
      }
  });

  it("ignores case and spaces as people type them", () => {
    expect(normaliseCreditCode(" 9135 0100m000100y43\u3000")).toBe("91350100M000100Y43");
    expect(isValidCreditCode("91350100m000100y43")).toBe(true);
  });

  it("completes demo codes with their check character", () => {
    expect(withCheckChar("91350100M000100Y4")).toBe("91350100M000100Y43");
    expect(() => withCheckChar("91350100I000100Y4")).toThrow(RangeError);
  });
});
