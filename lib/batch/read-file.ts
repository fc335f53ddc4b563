import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";

/** A file's cells as text: the first row holds the headers. */
export type SheetRows = {
  readonly headers: readonly string[];
  readonly rows: readonly string[][];
  /** The spreadsheet row number (1-based) of rows[0], so reports name the row people see. */
  readonly firstRowNumber: number;
};

export type ReadResult =
  | { readonly ok: true; readonly sheet: SheetRows }
  | { readonly ok: false; readonly problem: "format" | "empty" | "unreadable" };

/** UTF-8 (with or without BOM) as written by most tools; GB18030 as Excel writes CSV in China. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function trimRows(all: string[][]): SheetRows | undefined {
  const rows = all.map((r) => r.map((c) => (c ?? "").toString().trim()));
  const headerIndex = rows.findIndex((r) => r.some((c) => c !== ""));
  if (headerIndex < 0) return undefined;
  return {
    headers: rows[headerIndex]!,
    rows: rows.slice(headerIndex + 1),
    firstRowNumber: headerIndex + 2,
  };
}

export function readCsv(text: string): ReadResult {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const sheet = trimRows(parsed.data);
  return sheet ? { ok: true, sheet } : { ok: false, problem: "empty" };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: "empty" };
  const all: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    all[rowNumber - 1] = cells;
  });
  for (let i = 0; i < all.length; i++) all[i] ??= [];
  const rows = trimRows(all);
  return rows ? { ok: true, sheet: rows } : { ok: false, problem: "empty" };
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads an uploaded .csv or .xlsx by its content (an .xlsx is a zip) and name. */
export async function readBatchFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const isZip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
  const lower = name.toLowerCase();
  if (isZip) return readXlsx(bytes);
  if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) return { ok: false, problem: "format" };
  return readCsv(decodeText(bytes));
}
