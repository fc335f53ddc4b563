import {
  MAX_DATA_ROWS,
  MAX_ITEM_ROWS,
  MAX_ITEM_SHEET_ROW,
  MAX_SHARED_STRINGS,
  MAX_SHEETS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROW,
  MAX_UNZIPPED_BYTES,
} from "./limits";
import { trimRows, type NamedSheet, type ReadResult } from "./sheet-rows";
import {
  Refused,
  openZip,
  parser,
  readSmallXml,
  streamPart,
  textCollector,
  type Budget,
  type Parts,
} from "./xlsx-zip";

/**
 * The worksheets of an .xlsx, read as a stream with hard bounds: the zip's parts are inflated
 * chunk by chunk and counted, the XML is parsed by a streaming parser, and the reader stops at the
 * first cell, row or string past a limit (lib/batch/limits.ts). Nothing is materialised beyond the
 * cells that exist: a workbook claiming a cell at XFD1048576 costs no more than one that doesn't.
 * The first sheet holds the enterprises (MAX_DATA_ROWS rows); further sheets are read only when
 * asked for by name and share one bound on item rows (MAX_ITEM_ROWS), all within one byte budget.
 */

/** "XFD20000" → [16384, 20000]; undefined for anything else. */
export function cellPosition(ref: string): [column: number, row: number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [column, Number(match[2])];
}

/** The workbook's sheets in order, by name and part path (at most MAX_SHEETS). */
async function sheetPaths(parts: Parts, budget: Budget): Promise<{ name: string; path: string }[]> {
  const sheets: { name: string; relId: string }[] = [];
  await readSmallXml(parts, "xl/workbook.xml", budget, (tag) => {
    if (tag.name !== "sheet") return;
    if (sheets.length >= MAX_SHEETS) throw new Refused("too-big");
    const relId = tag.attributes["r:id"];
    if (relId) sheets.push({ name: tag.attributes.name ?? "", relId });
  });
  const targets = new Map<string, string>();
  await readSmallXml(parts, "xl/_rels/workbook.xml.rels", budget, (tag) => {
    if (tag.name === "Relationship" && tag.attributes.Id && tag.attributes.Target)
      targets.set(tag.attributes.Id, tag.attributes.Target);
  });
  return sheets.flatMap(({ name, relId }) => {
    const target = targets.get(relId);
    if (!target) return [];
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    return [{ name, path }];
  });
}

/** How far one sheet may reach: its last row number, and a count of filled rows it draws on. */
type SheetBounds = { maxRow: number; filled: { left: number } };

async function readSharedStrings(parts: Parts, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  const p = parser();
  const collector = textCollector();
  p.on("opentag", (tag) => {
    if (tag.name === "sst") {
      const declared = Number(tag.attributes.uniqueCount ?? tag.attributes.count ?? 0);
      if (declared > MAX_SHARED_STRINGS) throw new Refused("too-big");
    }
    collector.open(tag.name);
  });
  p.on("closetag", (tag) => {
    collector.close(tag.name);
    if (tag.name === "si") {
      if (strings.length >= MAX_SHARED_STRINGS) throw new Refused("too-big");
      strings.push(collector.take());
    }
  });
  p.on("text", (t) => collector.text(t));
  const found = await streamPart(parts, "xl/sharedStrings.xml", budget, budget.left, (t) =>
    p.write(t),
  );
  if (found) p.close();
  return strings;
}

function cellText(type: string, value: string, inline: string, shared: readonly string[]): string {
  switch (type) {
    case "s":
      return shared[Number(value)] ?? "";
    case "inlineStr":
      return inline;
    case "str":
      return value;
    case "b":
      return value === "1" ? "是" : value === "0" ? "否" : "";
    case "e":
      return "";
    case "d":
      return value.slice(0, 10);
    default: {
      if (value.trim() === "") return "";
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      return Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
    }
  }
}

/** Rows of the sheet, sparse by row number, each at most MAX_SHEET_COLUMNS wide. */
async function readSheet(
  parts: Parts,
  path: string,
  shared: readonly string[],
  budget: Budget,
  bounds: SheetBounds,
): Promise<string[][]> {
  const rows: string[][] = [];
  let rowNumber = 0;
  let column = 0;
  let current: string[] | undefined;
  let cell: { type: string; column: number } | undefined;
  let value = "";
  let inValue = false;
  const inline = textCollector();
  let inInline = false;

  const p = parser();
  p.on("opentag", (tag) => {
    switch (tag.name) {
      case "dimension": {
        const last = (tag.attributes.ref ?? "").split(":").pop() ?? "";
        const end = cellPosition(last);
        // Columns are checked by content: Excel's dimension also spans formatted empty cells.
        if (end && end[1] > bounds.maxRow) throw new Refused("too-many-rows");
        return;
      }
      case "row": {
        const r = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
        if (!Number.isSafeInteger(r) || r < 1) throw new Refused("unreadable");
        if (r > bounds.maxRow) throw new Refused("too-many-rows");
        rowNumber = r;
        column = 0;
        current = [];
        return;
      }
      case "c": {
        const position = tag.attributes.r ? cellPosition(tag.attributes.r) : undefined;
        const c = position ? position[0] : column + 1;
        if (position && position[1] > bounds.maxRow) throw new Refused("too-many-rows");
        column = c;
        cell = { type: tag.attributes.t ?? "n", column: c };
        value = "";
        return;
      }
      case "v":
        inValue = true;
        return;
      case "is":
        inInline = true;
        return;
      default:
        if (inInline) inline.open(tag.name);
    }
  });
  p.on("text", (t) => {
    if (inValue) value += t;
    else if (inInline) inline.text(t);
  });
  p.on("closetag", (tag) => {
    switch (tag.name) {
      case "v":
        inValue = false;
        return;
      case "is":
        inInline = false;
        return;
      case "c": {
        const text = cellText(cell!.type, value, inline.take(), shared).trim();
        // Formatted empty cells far to the right cost nothing; text there is refused.
        if (text !== "" && cell!.column > MAX_SHEET_COLUMNS) throw new Refused("too-wide");
        if (current && text !== "") current[cell!.column - 1] = text;
        cell = undefined;
        return;
      }
      case "row": {
        if (current && current.length > 0) {
          for (let i = 0; i < current.length; i++) current[i] ??= "";
          rows[rowNumber - 1] = current;
          // The header and at most the bound's data rows: reading stops at the next one.
          if (--bounds.filled.left < 0) throw new Refused("too-many-rows");
        }
        current = undefined;
        return;
      }
      default:
        if (inInline) inline.close(tag.name);
    }
  });
  if (!(await streamPart(parts, path, budget, budget.left, (t) => p.write(t))))
    throw new Refused("empty");
  p.close();
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/**
 * The first sheet (the enterprises) and, when `wanted` accepts their names, further sheets (the
 * items): header row and data rows each, within the bounds of lib/batch/limits.ts.
 */
export async function readXlsx(
  bytes: Uint8Array,
  wanted: (sheetName: string) => boolean = () => false,
): Promise<ReadResult> {
  let parts: Parts | undefined;
  try {
    parts = await openZip(bytes);
    const budget: Budget = { left: MAX_UNZIPPED_BYTES };
    const sheets = (await sheetPaths(parts, budget)).filter((s) => parts!.entries.has(s.path));
    const first = sheets[0];
    if (!first) return { ok: false, problem: "empty" };
    const shared = await readSharedStrings(parts, budget);
    const rows = await readSheet(parts, first.path, shared, budget, {
      maxRow: MAX_SHEET_ROW,
      filled: { left: MAX_DATA_ROWS },
    });
    const sheet = trimRows(rows);
    if (!sheet) return { ok: false, problem: "empty" };
    const items: NamedSheet[] = [];
    const itemRows = { left: MAX_ITEM_ROWS };
    for (const s of sheets.slice(1)) {
      if (!wanted(s.name)) continue;
      // Each item sheet has its header row besides its share of the item rows.
      itemRows.left++;
      const read = trimRows(
        await readSheet(parts, s.path, shared, budget, {
          maxRow: MAX_ITEM_SHEET_ROW,
          filled: itemRows,
        }),
      );
      if (read) items.push({ name: s.name, sheet: read });
    }
    return { ok: true, sheet, items };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    return { ok: false, problem: "unreadable" };
  } finally {
    parts?.zip.close();
  }
}
