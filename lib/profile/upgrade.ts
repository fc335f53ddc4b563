import { t, type Text } from "@/lib/engine/text";
import { SLOT_NAMES, YEAR_SLOTS } from "./years";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export type Upgrade =
  | {
      readonly ok: true;
      /** The input in version 2's shape (not yet validated); the input itself when it was not v1. */
      readonly value: unknown;
      /** The version the input was written in. */
      readonly from: 1 | 2;
      /** What the upgrade did, for a notice; undefined when nothing changed. */
      readonly note: Text | undefined;
    }
  | {
      readonly ok: false;
      /** Where the problem is: "finance" or "enterprise.reportingYear". */
      readonly path: string;
      readonly message: Text;
    };

/**
 * Whether a profile is written in version 1: it says so, or it has no version and uses one of
 * version 1's two keys that version 2 no longer has (a reporting year, relative yearly figures).
 */
export function isVersion1(input: unknown): boolean {
  if (!isObject(input)) return false;
  if (input.version === 1) return true;
  if (input.version !== undefined) return false;
  const enterprise = input.enterprise;
  if (isObject(enterprise) && "reportingYear" in enterprise) return true;
  const finance = input.finance;
  return isObject(finance) && SLOT_NAMES.some((s) => s in finance);
}

/**
 * Version 1 → version 2, pure. Version 1 held “本年度 / 上年度 / 前年度” figures tied to the
 * enterprise's reporting year (the year of the “本年度” figures); version 2 keys them by calendar
 * year: current → reportingYear, previous → reportingYear − 1, twoYearsAgo → reportingYear − 2.
 * A version-1 profile without a reporting year meant its “本年度” figures for whatever round it
 * was evaluated in, so they are placed in `eventYear`, the event year of the round at hand. Any
 * other key is kept as it is (the schema then judges it).
 */
export function upgradeProfile(input: unknown, eventYear?: number): Upgrade {
  if (!isVersion1(input)) return { ok: true, value: input, from: 2, note: undefined };
  const v1 = input as Json;
  const { reportingYear, ...enterprise } = isObject(v1.enterprise) ? v1.enterprise : {};
  const stated = reportingYear !== undefined;
  if (
    (stated && !(typeof reportingYear === "number" && Number.isInteger(reportingYear))) ||
    (typeof reportingYear === "number" && (reportingYear < 2000 || reportingYear > 2100))
  )
    return {
      ok: false,
      path: "enterprise.reportingYear",
      message: t(
        "旧版（第 1 版）档案的申报年度（“本年度”数据所属年份）应为 2000 至 2100 之间的整数年份",
        "The reporting year of a version-1 profile (the year of its “this year” figures) must be a whole year from 2000 to 2100",
      ),
    };
  const base = stated ? (reportingYear as number) : eventYear;
  const out: Json = { ...v1, version: 2 };
  if (isObject(v1.enterprise)) out.enterprise = enterprise;

  const finance = v1.finance;
  const placed: string[] = [];
  if (isObject(finance)) {
    const byYear: Json = {};
    for (const [key, figures] of Object.entries(finance)) {
      if (!(key in YEAR_SLOTS)) {
        byYear[key] = figures;
        continue;
      }
      if (figures === undefined) continue;
      if (base === undefined)
        return {
          ok: false,
          path: "finance",
          message: t(
            "旧版（第 1 版）档案的“本年度”数据没有注明年份：请先选择申报年度，或在档案中注明“本年度”数据所属年份",
            "This version-1 profile does not say which year its “this year” figures are for: choose the round first, or state the year of those figures in the profile",
          ),
        };
      const year = String(base + YEAR_SLOTS[key as keyof typeof YEAR_SLOTS]);
      byYear[year] = figures;
      placed.push(year);
    }
    out.finance = byYear;
  }
  const years = placed.sort().reverse();
  const note = t(
    `旧版（第 1 版）档案已转换为第 2 版${
      years.length
        ? `：年度数据按${stated ? "所填申报年度" : "所选申报年度的事项年度"}记为 ${years.join("、")} 年`
        : ""
    }`,
    `A version-1 profile was converted to version 2${
      years.length
        ? `: its yearly figures are filed under ${years.join(", ")} (${stated ? "from its reporting year" : "from the event year of the chosen round"})`
        : ""
    }`,
  );
  return { ok: true, value: out, from: 1, note };
}
