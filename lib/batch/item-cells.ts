import { t, type Text } from "@/lib/engine/text";
import { normaliseDigits } from "@/lib/units/money-input";
import type { ItemField } from "./item-lists";
import { parseMoneyCell } from "./money-cell";

export type ItemCell = { ok: true; value: unknown } | { ok: false; message: Text };

const TRUE = new Set(["是", "y", "yes", "true", "1", "√", "✓", "有"]);
const FALSE = new Set(["否", "n", "no", "false", "0", "×", "✗", "无"]);

/** A yes/no cell; shared with the enterprise sheet. */
export function parseFlag(raw: string): ItemCell {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return { ok: true, value: true };
  if (FALSE.has(v)) return { ok: true, value: false };
  return {
    ok: false,
    message: t(
      `“${raw}”不是“是”或“否”：请从下拉列表中选择“是”或“否”，不清楚请留空`,
      `“${raw}” is not yes or no: choose 是 (yes) or 否 (no) from the drop-down, or leave it empty if unknown`,
    ),
  };
}

function matchOption(field: ItemField, part: string): string | undefined {
  const p = part.trim().toLowerCase();
  return field.options?.find(
    ([value, zh, en]) => zh.toLowerCase() === p || en.toLowerCase() === p || value === p,
  )?.[0];
}

function numberCell(field: ItemField, raw: string): ItemCell {
  const text = normaliseDigits(raw.trim()).replace(/[,，\s]/g, "");
  const percent = field.kind === "percent" ? text.replace(/%$/, "") : text;
  const n = /^-?\d+(\.\d+)?$/.test(percent) ? Number(percent) : NaN;
  const example = field.kind === "percent" ? "35" : /年份/.test(field.header) ? "2025" : "3";
  if (!Number.isFinite(n))
    return {
      ok: false,
      message: t(
        `“${raw}”不是数字：请填写阿拉伯数字，例如 ${example}`,
        `“${raw}” is not a number: enter digits, e.g. ${example}`,
      ),
    };
  if (n < 0)
    return {
      ok: false,
      message: t(
        `“${raw}”是负数：请填写 0 或正数，不清楚请留空`,
        `“${raw}” is negative: enter 0 or more, or leave it empty if unknown`,
      ),
    };
  if (field.integer && !Number.isInteger(n))
    return {
      ok: false,
      message: t(
        `“${raw}”不是整数：请填写整数，例如 ${Math.round(n)}`,
        `“${raw}” is not a whole number: enter a whole number, e.g. ${Math.round(n)}`,
      ),
    };
  return { ok: true, value: n };
}

/** Reads one cell of an item sheet as the field's type; every refusal names the value and the fix. */
export function parseItemCell(field: ItemField, raw: string): ItemCell {
  switch (field.kind) {
    case "id":
    case "text":
      return { ok: true, value: raw.trim() };
    case "flag":
      return parseFlag(raw);
    case "money": {
      const cell = parseMoneyCell(raw);
      return cell.ok ? { ok: true, value: cell.yuan } : cell;
    }
    case "number":
    case "percent":
      return numberCell(field, raw);
    case "choice": {
      const value = matchOption(field, raw);
      if (value !== undefined) return { ok: true, value };
      const list = field.options!.map((o) => o[1]).join("、");
      const listEn = field.options!.map((o) => o[2]).join(", ");
      return {
        ok: false,
        message: t(
          `“${raw}”不是可选项：请从下拉列表中选择（${list}）`,
          `“${raw}” is not one of the choices: pick one from the drop-down (${listEn})`,
        ),
      };
    }
    case "choices": {
      const values: string[] = [];
      for (const part of raw.split(/[、,，;；/|]+/).filter((p) => p.trim())) {
        const value = matchOption(field, part);
        if (value === undefined) {
          const list = field.options!.map((o) => o[1]).join("、");
          return {
            ok: false,
            message: t(
              `“${part.trim()}”不是可选项：应为 ${list} 中的一项或几项，用顿号分隔`,
              `“${part.trim()}” is not one of the choices: use one or more of ${list}, separated by 、 or ;`,
            ),
          };
        }
        if (!values.includes(value)) values.push(value);
      }
      return { ok: true, value: values };
    }
  }
}
