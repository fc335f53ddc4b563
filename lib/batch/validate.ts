import "server-only";
import { currentRound } from "@/lib/rounds";
import { t, type Text } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { parseProfileInput as parseProfile } from "@/lib/evaluations/parse-profile";
import type { Profile } from "@/lib/profile/schema";
import { creditCodeProblem, normaliseCreditCode } from "@/lib/clients/credit-code";
import {
  BATCH_COLUMNS,
  DISTRICTS,
  MAX_BATCH_ROWS,
  columnForHeader,
  policyKeyFor,
  type BatchColumn,
} from "./columns";
import { parseFlag } from "./item-cells";
import { attachFacts } from "./validate-facts";
import { parseMoneyCell } from "./money-cell";
import type { NamedSheet, SheetRows } from "./read-file";
import {
  attachItems,
  creditCodeMessage,
  locateItemProblem,
  setAt,
  type Enterprise,
  type Problem,
} from "./validate-items";

/**
 * A problem with one cell: the sheet (absent for the enterprise sheet), the spreadsheet row number
 * (the header is row 1 in the template), the column's header as in the file, the value.
 */
export type RowProblem = Problem;

export type ValidRow = {
  readonly row: number;
  readonly name: string;
  readonly creditCode: string;
  readonly district?: string;
  readonly profile: Profile;
};

export type ValidationReport = {
  /** Problems with the file as a whole (missing columns, too many rows): nothing can be imported. */
  readonly fileProblems: readonly Text[];
  readonly totalRows: number;
  readonly good: readonly ValidRow[];
  readonly badRows: number;
  readonly problems: readonly RowProblem[];
};

type CellResult = { ok: true; value: unknown } | { ok: false; message: Text };

const districtList = DISTRICTS.join("、");

function parseCell(column: BatchColumn, raw: string): CellResult {
  switch (column.kind) {
    case "text":
      return { ok: true, value: raw };
    case "credit-code": {
      const code = normaliseCreditCode(raw);
      const problem = creditCodeProblem(code);
      return problem
        ? { ok: false, message: creditCodeMessage(raw, problem) }
        : { ok: true, value: code };
    }
    case "district": {
      const exact = DISTRICTS.find((d) => d === raw);
      if (exact) return { ok: true, value: exact };
      const partial = DISTRICTS.filter((d) => d.startsWith(raw) || raw.startsWith(d));
      if (partial.length === 1) return { ok: true, value: partial[0] };
      return {
        ok: false,
        message: t(
          `“${raw}”不是杭州市的区、县（市）：请从下拉列表中选择（${districtList}）`,
          `“${raw}” is not a district of Hangzhou: pick one from the drop-down (${districtList})`,
        ),
      };
    }
    case "industries": {
      const keys: PolicyKey[] = [];
      for (const part of raw.split(/[、,，;；/|\s]+/).filter(Boolean)) {
        const key = policyKeyFor(part);
        if (!key)
          return {
            ok: false,
            message: t(
              `“${part}”不是九项政策之一：请填写政策简称，多个用顿号分隔，例如“生物医药、合成生物”`,
              `“${part}” is not one of the nine policies: use the policies' short names separated by 、, e.g. 生物医药、合成生物`,
            ),
          };
        if (!keys.includes(key)) keys.push(key);
      }
      return { ok: true, value: keys };
    }
    case "flag":
      return parseFlag(raw);
    case "money": {
      const cell = parseMoneyCell(raw);
      return cell.ok ? { ok: true, value: cell.yuan } : cell;
    }
    case "year": {
      if (/^\d{4}$/.test(raw)) return { ok: true, value: Number(raw) };
      return {
        ok: false,
        message: t(
          `“${raw}”不是年份：请填写四位年份，例如 2025`,
          `“${raw}” is not a year: enter four digits, e.g. 2025`,
        ),
      };
    }
  }
}

const required = (c: BatchColumn) =>
  t(`必填：请填写${c.header}`, `Required: enter the ${c.headerEn.toLowerCase()}`);
const MAX_PROBLEMS = 5_000;

/** The header problems of the enterprise sheet: required columns missing, a column twice. */
function headerProblems(sheet: SheetRows, columns: readonly (BatchColumn | undefined)[]): Text[] {
  const problems: Text[] = [];
  for (const c of BATCH_COLUMNS.filter((c) => c.required))
    if (!columns.includes(c))
      problems.push(
        t(
          `缺少必需的列“${c.header}”：请使用模板中的列名`,
          `The column “${c.headerEn}” is missing: use the template's headers`,
        ),
      );
  const seen = new Set<BatchColumn>();
  columns.forEach((c, i) => {
    if (!c) return;
    if (seen.has(c))
      problems.push(
        t(
          `列“${sheet.headers[i]}”出现了两次：请删除多余的一列`,
          `The column “${sheet.headers[i]}” appears twice: delete one of them`,
        ),
      );
    seen.add(c);
  });
  return problems;
}

/**
 * Checks every row of a batch file: the enterprise sheet, then the item sheets linked to it by
 * credit code. The good enterprises come back as parsed profiles with their items; an enterprise
 * with a bad cell in any sheet is a bad row.
 */
export function validateSheet(
  sheet: SheetRows,
  itemSheets: readonly NamedSheet[] = [],
  eventYear: number = currentRound().eventYear,
): ValidationReport {
  const columns = sheet.headers.map((h) => (h ? columnForHeader(h) : undefined));
  const fileProblems = headerProblems(sheet, columns);
  const dataRows: { row: number; cells: string[] }[] = [];
  sheet.rows.forEach((cells, i) => {
    if (cells.some((c) => c !== "")) dataRows.push({ row: sheet.firstRowNumber + i, cells });
  });
  if (dataRows.length > MAX_BATCH_ROWS)
    fileProblems.push(
      t(
        `文件有 ${dataRows.length} 家企业，一次最多 ${MAX_BATCH_ROWS} 家：请分成几个文件上传`,
        `The file has ${dataRows.length} enterprises; at most ${MAX_BATCH_ROWS} at a time: split it into several files`,
      ),
    );
  if (dataRows.length === 0)
    fileProblems.push(
      t("文件中没有企业数据行：请在表头下方逐行填写企业", "The file has no enterprise rows"),
    );
  if (fileProblems.length)
    return { fileProblems, totalRows: dataRows.length, good: [], badRows: 0, problems: [] };

  const headerOf = (c: BatchColumn) => sheet.headers[columns.indexOf(c)] ?? c.header;
  const problems: RowProblem[] = [];
  const report = (p: RowProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const enterprises: Enterprise[] = [];
  const byCode = new Map<string, Enterprise>();
  const codeColumn = BATCH_COLUMNS.find((c) => c.kind === "credit-code")!;

  for (const { row, cells } of dataRows) {
    const profile: Record<string, unknown> = { enterprise: {} };
    const enterprise: Enterprise = {
      row,
      profile,
      bad: false,
      itemRows: new Map(),
      factCells: new Map(),
    };
    enterprises.push(enterprise);
    columns.forEach((column, i) => {
      if (!column) return;
      const raw = cells[i] ?? "";
      if (raw === "") {
        if (column.required) {
          report({ row, column: headerOf(column), value: "", message: required(column) });
          enterprise.bad = true;
        }
        return;
      }
      const cell = parseCell(column, raw);
      if (!cell.ok) {
        report({ row, column: headerOf(column), value: raw, message: cell.message });
        enterprise.bad = true;
        return;
      }
      setAt(profile, column.path, cell.value);
    });
    const code = (profile.enterprise as { creditCode?: string }).creditCode;
    if (!code) continue;
    const first = byCode.get(code);
    if (first) {
      report({
        row,
        column: headerOf(codeColumn),
        value: code,
        message: t(
          `与第 ${first.row} 行的信用代码重复：同一企业只填一行，项目等请填在各清单表中`,
          `Same credit code as row ${first.row}: one row per enterprise; put its items in the list sheets`,
        ),
      });
      enterprise.bad = true;
    } else byCode.set(code, enterprise);
  }

  fileProblems.push(
    ...attachFacts(itemSheets, byCode, report),
    ...attachItems(itemSheets, byCode, report),
  );
  if (fileProblems.length)
    return { fileProblems, totalRows: dataRows.length, good: [], badRows: 0, problems };

  const good: ValidRow[] = [];
  let badRows = 0;
  for (const enterprise of enterprises) {
    if (enterprise.bad) {
      badRows++;
      continue;
    }
    // Rows are version-1 profiles: figures of “本年度” belong to the 数据年度 column's year, else
    // to the event year of the round open today.
    const zh = parseProfile(enterprise.profile, "zh", { eventYear });
    if (!zh.ok) {
      const en = parseProfile(enterprise.profile, "en", { eventYear });
      zh.problems.forEach((p, k) => {
        const enProblem = en.ok ? undefined : en.problems[k];
        const enMessage = `${enProblem?.label ? `${enProblem.label}: ` : ""}${enProblem?.message ?? p.message}`;
        const item = locateItemProblem(enterprise, p.path) ?? enterprise.factCells.get(p.path);
        const column = BATCH_COLUMNS.find((c) => c.path === p.path);
        report({
          ...(item ?? { row: enterprise.row, column: column ? headerOf(column) : (p.label ?? "") }),
          value: "",
          message: t(`${p.label ? `${p.label}：` : ""}${p.message}`, enMessage),
        });
      });
      badRows++;
      continue;
    }
    const p = zh.profile;
    good.push({
      row: enterprise.row,
      name: p.enterprise.name!,
      creditCode: p.enterprise.creditCode!,
      district: p.enterprise.district,
      profile: p,
    });
  }
  return { fileProblems, totalRows: dataRows.length, good, badRows, problems };
}
