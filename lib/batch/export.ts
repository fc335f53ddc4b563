import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Text } from "@/lib/engine/text";
import { POLICY_KEYS } from "@/lib/engine/types";
import { findClause } from "@/rules";
import { BATCH_COLUMNS, POLICY_NAMES_ZH } from "./columns";
import { EXAMPLE_ENTERPRISES } from "./template-examples";
import { amountUnknown, type Range, type RowSummary } from "./summary";
import type { RowProblem } from "./validate";

/** One evaluated row of a batch, as the exports need it. */
export type ExportRow = {
  readonly row: number;
  readonly name: string;
  readonly creditCode: string;
  readonly district: string | null;
  readonly summary: RowSummary;
};

const BOM = "\uFEFF";

/** CSV for Excel: UTF-8 with a BOM; cells starting with = + - @ are escaped (no formula injection). */
export function toCsv(fields: readonly string[], data: readonly (readonly unknown[])[]): string {
  return (
    BOM +
    Papa.unparse({ fields: [...fields], data: data.map((r) => [...r]) }, { escapeFormulae: true })
  );
}

/** The CSV template (the enterprise sheet alone): Chinese headers and the example enterprises. */
export function templateCsv(): string {
  return toCsv(
    BATCH_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)),
    EXAMPLE_ENTERPRISES.map((e) => BATCH_COLUMNS.map((c) => e[c.path] ?? c.example)),
  );
}

/** What a row reads where no amount could be computed and information is missing. */
export const UNKNOWN = "未知";

export const SUMMARY_HEADERS: readonly string[] = [
  "行号",
  "企业名称",
  "统一社会信用代码",
  "所在区县",
  "可申报条款数",
  "待补充信息条款数",
  "合计最低（元）",
  "合计最高（元）",
  "定额（元）",
  "最高可得（元）",
  "需争取（评审、排名等，元）",
  "最需补充的信息（按可能金额排序）",
  ...POLICY_KEYS.flatMap((k) => [
    `${POLICY_NAMES_ZH[k]}最低（元）`,
    `${POLICY_NAMES_ZH[k]}最高（元）`,
  ]),
];

/** 3000000, "最高 3000000" or "1000000–3000000" for a range of yuan; empty when nothing. */
function rangeText(r: Range): string | number {
  if (r[1] === 0) return "";
  if (r[0] === r[1]) return r[0];
  return r[0] === 0 ? `最高 ${r[1]}` : `${r[0]}–${r[1]}`;
}

export function summaryRow(r: ExportRow): (string | number)[] {
  const s = r.summary;
  const unknown = amountUnknown(s);
  return [
    r.row,
    r.name,
    r.creditCode,
    r.district ?? "",
    s.eligibleCount,
    s.needsInfo,
    unknown ? UNKNOWN : s.totalMin,
    unknown ? UNKNOWN : s.totalMax,
    rangeText(s.fixed),
    rangeText(s.upTo),
    rangeText(s.toWin),
    s.missing.map((m) => m[0]).join("；"),
    ...POLICY_KEYS.flatMap((k): (string | number)[] => {
      const p = s.byPolicy[k];
      return p ? [p[0], p[1]] : ["", ""];
    }),
  ];
}

export const CLAUSE_HEADERS: readonly string[] = [
  "行号",
  "企业名称",
  "统一社会信用代码",
  "政策",
  "条款",
  "金额最低（元）",
  "金额最高（元）",
  "说明",
];

export function clauseRows(r: ExportRow): (string | number)[][] {
  return r.summary.clauses.map(([id, min, max, review]) => {
    const clause = findClause(id);
    const notes = [min === null ? "政策原文未明确金额" : "", review ? "需经评审" : ""].filter(
      Boolean,
    );
    return [
      r.row,
      r.name,
      r.creditCode,
      clause ? POLICY_NAMES_ZH[clause.policy] : "",
      clause ? `${clause.article} ${clause.heading}` : "",
      min ?? "",
      max ?? "",
      notes.join("；"),
    ];
  });
}

export function resultsCsv(rows: readonly ExportRow[]): string {
  return toCsv(SUMMARY_HEADERS, rows.map(summaryRow));
}

/** Text that a spreadsheet could read as a formula gets a leading apostrophe, as escapeFormulae does. */
function safeCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The results workbook: a sheet of enterprises with totals per policy, and a sheet of clauses. */
export async function resultsXlsx(rows: readonly ExportRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "政策计算器";
  const summary = workbook.addWorksheet("企业汇总", { views: [{ state: "frozen", ySplit: 1 }] });
  summary.addRow([...SUMMARY_HEADERS]).font = { bold: true };
  for (const r of rows) summary.addRow(summaryRow(r).map(safeCell));
  summary.getColumn(2).width = 32;
  summary.getColumn(3).width = 22;
  for (let c = 7; c <= SUMMARY_HEADERS.length; c++) summary.getColumn(c).numFmt = "#,##0";
  summary.getColumn(12).width = 48;

  const clauses = workbook.addWorksheet("条款明细", { views: [{ state: "frozen", ySplit: 1 }] });
  clauses.addRow([...CLAUSE_HEADERS]).font = { bold: true };
  for (const r of rows) for (const line of clauseRows(r)) clauses.addRow(line.map(safeCell));
  clauses.getColumn(2).width = 32;
  clauses.getColumn(5).width = 40;
  clauses.getColumn(6).numFmt = "#,##0";
  clauses.getColumn(7).numFmt = "#,##0";

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const PROBLEM_HEADERS: readonly string[] = [
  "工作表",
  "行号",
  "列",
  "内容",
  "问题",
  "Problem (English)",
];

/**
 * The validation report as CSV: problems with the file as a whole first (row and column "全文件"),
 * then each row's. A file refused as a whole (missing columns, too many rows) still has a report.
 */
export function problemsCsv(
  problems: readonly RowProblem[],
  fileProblems: readonly Text[] = [],
): string {
  return toCsv(PROBLEM_HEADERS, [
    ...fileProblems.map((m) => [WHOLE_FILE, WHOLE_FILE, WHOLE_FILE, "", m.zh, m.en]),
    ...problems.map((p) => [
      p.sheet ?? ENTERPRISE_SHEET,
      p.row,
      p.column,
      p.value,
      p.message.zh,
      p.message.en,
    ]),
  ]);
}

const WHOLE_FILE = "全文件";
const ENTERPRISE_SHEET = "企业";
