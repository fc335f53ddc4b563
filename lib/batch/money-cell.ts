import { t, type Text } from "@/lib/engine/text";
import { normaliseDigits, parseMoney } from "@/lib/units/money-input";

export type MoneyCell = { ok: true; yuan: number } | { ok: false; message: Text };

const FIX_ZH = "请填写数字，单位为元，例如 10000000；也可写“1000万”或“1.2亿”";
const FIX_EN = "enter a number in yuan, e.g. 10000000; “1000万” or “1.2亿” also work";

/** Commas only as thousands separators: "1,000", "30,000,000" (not "1,5" nor "1,0000"). */
const GROUPED = /^[-¥￥]?\d{1,3}(,\d{3})+(\.\d+)?(万元|万|亿元|亿|元)?$/;

/**
 * A money cell of the batch file in exact yuan: a plain number is yuan; "3000万", "1,000万元",
 * "1.2亿" carry their unit. Every refusal says what is wrong with the cell and how to write it.
 */
export function parseMoneyCell(raw: string): MoneyCell {
  const text = raw.trim();
  const compact = text.replace(/[\s\u3000]/g, "").replace(/，/g, ",");
  if (
    compact.includes(",") &&
    !GROUPED.test(normaliseDigits(compact.replace(/,/g, "§")).replace(/§/g, ","))
  )
    return {
      ok: false,
      message: t(
        `“${text}”中的逗号不是千分位分隔，无法确定金额：请去掉逗号或把小数点写成“.”，例如 1.5万 或 15000`,
        `“${text}”: the comma is not a thousands separator, so the amount is unclear; remove it or use “.” for decimals, e.g. 1.5万 or 15000`,
      ),
    };
  const parsed = parseMoney(text, "yuan");
  if (!parsed)
    return {
      ok: false,
      message: t(`“${text}”不是金额：${FIX_ZH}`, `“${text}” is not an amount: ${FIX_EN}`),
    };
  if (parsed.yuan < 0)
    return {
      ok: false,
      message: t(
        `“${text}”是负数：金额不能为负数，没有请留空或填 0`,
        `“${text}” is negative: amounts cannot be negative; leave the cell empty or enter 0`,
      ),
    };
  if (!Number.isInteger(parsed.yuan))
    return {
      ok: false,
      message: t(
        `“${text}”不足 1 元的部分无法计算：金额精确到元，例如 ${Math.round(parsed.yuan)}`,
        `“${text}” has a fraction of a yuan: amounts are whole yuan, e.g. ${Math.round(parsed.yuan)}`,
      ),
    };
  return { ok: true, yuan: parsed.yuan };
}
