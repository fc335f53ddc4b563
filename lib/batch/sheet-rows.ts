/** A file's cells as text: the first row holds the headers. */
export type SheetRows = {
  readonly headers: readonly string[];
  readonly rows: readonly string[][];
  /** The spreadsheet row number (1-based) of rows[0], so reports name the row people see. */
  readonly firstRowNumber: number;
};

/** Why a file could not be read as a table; each has its own message (messages: staff.batch.errors). */
export type ReadProblem =
  "format" | "empty" | "unreadable" | "encoding" | "too-many-rows" | "too-wide" | "too-big";

/** A further sheet of a workbook (an item list), by the name on its tab. */
export type NamedSheet = { readonly name: string; readonly sheet: SheetRows };

export type ReadResult =
  | { readonly ok: true; readonly sheet: SheetRows; readonly items?: readonly NamedSheet[] }
  | { readonly ok: false; readonly problem: ReadProblem };

/** Trims every cell; the first row with any text is the header. Undefined when all is blank. */
export function trimRows(all: readonly (readonly (string | undefined)[])[]): SheetRows | undefined {
  const rows = all.map((r) => r.map((c) => (c ?? "").toString().trim()));
  const headerIndex = rows.findIndex((r) => r.some((c) => c !== ""));
  if (headerIndex < 0) return undefined;
  return {
    headers: rows[headerIndex]!,
    rows: rows.slice(headerIndex + 1),
    firstRowNumber: headerIndex + 2,
  };
}
