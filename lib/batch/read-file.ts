import Papa from "papaparse";
import { MAX_DATA_ROWS, MAX_SHEET_COLUMNS, MAX_SHEET_ROW } from "./limits";
import { factSheetFor } from "./fact-sheets";
import { listForSheet } from "./item-lists";
import { readXlsx } from "./read-xlsx";
import { trimRows, type ReadResult } from "./sheet-rows";

export type { NamedSheet, ReadProblem, ReadResult, SheetRows } from "./sheet-rows";
export { readXlsx };

/** A byte-order mark or NUL bytes between ASCII letters: text in UTF-16, which we do not read. */
export function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return true;
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

/** UTF-8 (with or without BOM) as written by most tools; GB18030 as Excel writes CSV in China. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/**
 * The rows of a CSV text, stopping at the first bound crossed: more than MAX_DATA_ROWS rows with
 * text (header included), text past MAX_SHEET_COLUMNS or below row MAX_SHEET_ROW.
 */
export function readCsv(text: string): ReadResult {
  const all: string[][] = [];
  let filled = 0;
  let problem: "too-many-rows" | "too-wide" | undefined;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    step(result, parser) {
      const cells = result.data;
      let last = cells.length - 1;
      while (last >= 0 && cells[last]!.trim() === "") last--;
      if (last >= MAX_SHEET_COLUMNS) problem = "too-wide";
      else if (last >= 0 && (++filled > MAX_DATA_ROWS || all.length >= MAX_SHEET_ROW))
        problem = "too-many-rows";
      if (problem) return parser.abort();
      all.push(cells.slice(0, last + 1));
    },
  });
  if (problem) return { ok: false, problem };
  const sheet = trimRows(all);
  return sheet ? { ok: true, sheet } : { ok: false, problem: "empty" };
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an uploaded .csv or .xlsx by its content (an .xlsx is a zip) and name; of a workbook, the
 * first sheet (the enterprises) and the sheets named as item lists (lib/batch/item-lists.ts).
 */
export async function readBatchFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const isZip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
  const lower = name.toLowerCase();
  if (isZip)
    return readXlsx(bytes, (name) => listForSheet(name) !== undefined || !!factSheetFor(name));
  if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) return { ok: false, problem: "format" };
  if (looksUtf16(bytes)) return { ok: false, problem: "encoding" };
  return readCsv(decodeText(bytes));
}
