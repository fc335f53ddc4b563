import "server-only";
import { t, type Text } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { parseProfileInput as parseProfile } from "@/lib/evaluations/parse-profile";
import type { Profile } from "@/lib/profile/schema";
import {
  CREDIT_CODE_MESSAGES,
  creditCodeProblem,
  normaliseCreditCode,
} from "@/lib/clients/credit-code";
import {
  BATCH_COLUMNS,
  DISTRICTS,
  MAX_BATCH_ROWS,
  columnForHeader,
  policyKeyFor,
  type BatchColumn,
} from "./columns";
import { parseMoneyCell } from "./money-cell";
import type { SheetRows } from "./read-file";

export type RowProblem = {
  /** The spreadsheet row number (the header is row 1 in the template). */
  readonly row: number;
  /** The column's header as in the file ("" for the whole row). */
  readonly column: string;
  readonly value: string;
  readonly message: Text;
};

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

const TRUE = new Set(["是", "y", "yes", "true", "1", "√", "✓", "有"]);
const FALSE = new Set(["否", "n", "no", "false", "0", "×", "✗", "无"]);

const districtList = DISTRICTS.join("、");

function parseCell(column: BatchColumn, raw: string): CellResult {
  switch (column.kind) {
    case "text":
      return { ok: true, value: raw };
    case "credit-code": {
      const code = normaliseCreditCode(raw);
      const problem = creditCodeProblem(code);
      return problem
        ? { ok: false, message: CREDIT_CODE_MESSAGES[problem] }
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
          `不是杭州市的区、县（市），应为：${districtList}`,
          `Not a district of Hangzhou; one of: ${districtList}`,
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
            message: t(`“${part}”不是九项政策之一`, `“${part}” is not one of the nine policies`),
          };
        if (!keys.includes(key)) keys.push(key);
      }
      return { ok: true, value: keys };
    }
    case "flag": {
      const v = raw.toLowerCase();
      if (TRUE.has(v)) return { ok: true, value: true };
      if (FALSE.has(v)) return { ok: true, value: false };
      return { ok: false, message: t("应填“是”或“否”", "Expected yes or no (是/否)") };
    }
    case "money": {
      const cell = parseMoneyCell(raw);
      return cell.ok ? { ok: true, value: cell.yuan } : cell;
    }
    case "year": {
      if (/^\d{4}$/.test(raw)) return { ok: true, value: Number(raw) };
      return {
        ok: false,
        message: t("应为四位年份，如 2025", "Expected a four-digit year, e.g. 2025"),
      };
    }
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

const REQUIRED = t("必填", "Required");
const MAX_PROBLEMS = 5_000;

/** Checks every row of a batch file; the good rows come back as parsed profiles. */
export function validateSheet(sheet: SheetRows): ValidationReport {
  const columns = sheet.headers.map((h) => (h ? columnForHeader(h) : undefined));
  const fileProblems: Text[] = [];
  for (const c of BATCH_COLUMNS.filter((c) => c.required))
    if (!columns.includes(c))
      fileProblems.push(t(`缺少必需的列“${c.header}”`, `The column “${c.headerEn}” is missing`));
  const seen = new Set<BatchColumn>();
  columns.forEach((c, i) => {
    if (!c) return;
    if (seen.has(c))
      fileProblems.push(
        t(`列“${sheet.headers[i]}”出现了两次`, `The column “${sheet.headers[i]}” appears twice`),
      );
    seen.add(c);
  });

  const dataRows: { row: number; cells: string[] }[] = [];
  sheet.rows.forEach((cells, i) => {
    if (cells.some((c) => c !== "")) dataRows.push({ row: sheet.firstRowNumber + i, cells });
  });
  if (dataRows.length > MAX_BATCH_ROWS)
    fileProblems.push(
      t(
        `文件有 ${dataRows.length} 行，一次最多 ${MAX_BATCH_ROWS} 行`,
        `The file has ${dataRows.length} rows; at most ${MAX_BATCH_ROWS} at a time`,
      ),
    );
  if (dataRows.length === 0) fileProblems.push(t("文件中没有数据行", "The file has no data rows"));
  if (fileProblems.length)
    return { fileProblems, totalRows: dataRows.length, good: [], badRows: 0, problems: [] };

  const headerOf = (c: BatchColumn) => sheet.headers[columns.indexOf(c)] ?? c.header;
  const good: ValidRow[] = [];
  const problems: RowProblem[] = [];
  let badRows = 0;
  const firstRowOfCode = new Map<string, number>();
  const report = (p: RowProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };

  for (const { row, cells } of dataRows) {
    const profile: Record<string, unknown> = { enterprise: {} };
    let bad = false;
    columns.forEach((column, i) => {
      if (!column) return;
      const raw = cells[i] ?? "";
      if (raw === "") {
        if (column.required) {
          report({ row, column: headerOf(column), value: "", message: REQUIRED });
          bad = true;
        }
        return;
      }
      const cell = parseCell(column, raw);
      if (!cell.ok) {
        report({ row, column: headerOf(column), value: raw, message: cell.message });
        bad = true;
        return;
      }
      setPath(profile, column.path, cell.value);
    });
    const enterprise = profile.enterprise as { creditCode?: string };
    const code = enterprise.creditCode;
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) {
        const column = BATCH_COLUMNS.find((c) => c.kind === "credit-code")!;
        report({
          row,
          column: headerOf(column),
          value: code,
          message: t(`与第 ${first} 行的信用代码重复`, `Same credit code as row ${first}`),
        });
        bad = true;
      } else firstRowOfCode.set(code, row);
    }
    if (bad) {
      badRows++;
      continue;
    }
    const zh = parseProfile(profile, "zh");
    if (!zh.ok) {
      const en = parseProfile(profile, "en");
      zh.problems.forEach((p, k) => {
        const column = BATCH_COLUMNS.find((c) => c.path === p.path);
        report({
          row,
          column: column ? headerOf(column) : p.path,
          value: "",
          message: t(p.message, en.ok ? p.message : (en.problems[k]?.message ?? p.message)),
        });
      });
      badRows++;
      continue;
    }
    const p = zh.profile;
    good.push({
      row,
      name: p.enterprise.name!,
      creditCode: p.enterprise.creditCode!,
      district: p.enterprise.district,
      profile: p,
    });
  }
  return { fileProblems, totalRows: dataRows.length, good, badRows, problems };
}
