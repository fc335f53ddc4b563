import yauzl from "yauzl";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import {
  MAX_DATA_ROWS,
  MAX_SHARED_STRINGS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROW,
  MAX_SMALL_PART_BYTES,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_INFLATE_RATIO,
  RATIO_CHECK_AFTER,
} from "./limits";
import { trimRows, type ReadProblem, type ReadResult } from "./sheet-rows";

/**
 * The first worksheet of an .xlsx, read as a stream with hard bounds: the zip's parts are inflated
 * chunk by chunk and counted, the XML is parsed by a streaming parser, and the reader stops at the
 * first cell, row or string past a limit (lib/batch/limits.ts). Nothing is materialised beyond the
 * cells that exist: a workbook claiming a cell at XFD1048576 costs no more than one that doesn't.
 */

class Refused extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem);
  }
}

/** "XFD20000" → [16384, 20000]; undefined for anything else. */
export function cellPosition(ref: string): [column: number, row: number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [column, Number(match[2])];
}

/** The parts of the zip by name, from its central directory (nothing is inflated yet). */
type Parts = { readonly zip: yauzl.ZipFile; readonly entries: ReadonlyMap<string, yauzl.Entry> };

async function openZip(bytes: Uint8Array): Promise<Parts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw new Refused("too-big");
  const entries = new Map<string, yauzl.Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  return { zip, entries };
}

type Budget = { left: number };

/**
 * Streams one part through `onText`, inflated by Node's zlib and counted against the part's and
 * the file's budget; a part that inflates far more than XML does (a zip bomb) stops early.
 */
async function streamPart(
  parts: Parts,
  path: string,
  budget: Budget,
  partLimit: number,
  onText: (text: string) => void,
): Promise<boolean> {
  const entry = parts.entries.get(path);
  if (!entry) return false;
  // Sizes in the directory can lie (yauzl refuses a part longer than stated); honest ones refuse early.
  if (entry.uncompressedSize > Math.min(partLimit, budget.left)) throw new Refused("too-big");
  const stream = await parts.zip.openReadStreamPromise(entry);
  const decoder = new TextDecoder("utf-8");
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.byteLength;
      budget.left -= chunk.byteLength;
      if (read > partLimit || budget.left < 0) throw new Refused("too-big");
      if (read > RATIO_CHECK_AFTER && read > MAX_INFLATE_RATIO * entry.compressedSize)
        throw new Refused("too-big");
      onText(decoder.decode(chunk, { stream: true }));
    }
  } finally {
    stream.destroy();
  }
  onText(decoder.decode());
  return true;
}

function parser(): SaxesParser {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("error", (error) => {
    throw error;
  });
  return p;
}

async function readSmallXml(
  parts: Parts,
  path: string,
  budget: Budget,
  onOpen: (tag: SaxesTagPlain) => void,
): Promise<boolean> {
  const p = parser();
  p.on("opentag", onOpen);
  const found = await streamPart(parts, path, budget, MAX_SMALL_PART_BYTES, (t) => p.write(t));
  if (found) p.close();
  return found;
}

/** The path of the first sheet in the workbook (xl/worksheets/sheet1.xml in every common writer). */
async function firstSheetPath(parts: Parts, budget: Budget): Promise<string | undefined> {
  let relId: string | undefined;
  await readSmallXml(parts, "xl/workbook.xml", budget, (tag) => {
    if (tag.name === "sheet" && relId === undefined) relId = tag.attributes["r:id"];
  });
  if (!relId) return undefined;
  let target: string | undefined;
  await readSmallXml(parts, "xl/_rels/workbook.xml.rels", budget, (tag) => {
    if (tag.name === "Relationship" && tag.attributes.Id === relId) target = tag.attributes.Target;
  });
  if (!target) return undefined;
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

/** Text runs of <si> / <is>, leaving out phonetic guides (<rPh>). */
function textCollector() {
  let depthInPhonetic = 0;
  let inText = false;
  let text = "";
  return {
    open(name: string) {
      if (name === "rPh") depthInPhonetic++;
      else if (name === "t" && depthInPhonetic === 0) inText = true;
    },
    close(name: string) {
      if (name === "rPh") depthInPhonetic--;
      else if (name === "t") inText = false;
    },
    text(value: string) {
      if (inText) text += value;
    },
    take(): string {
      const value = text;
      text = "";
      return value;
    },
  };
}

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
): Promise<string[][]> {
  const rows: string[][] = [];
  let rowNumber = 0;
  let column = 0;
  let filledRows = 0;
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
        if (end && end[1] > MAX_SHEET_ROW) throw new Refused("too-many-rows");
        return;
      }
      case "row": {
        const r = tag.attributes.r ? Number(tag.attributes.r) : rowNumber + 1;
        if (!Number.isSafeInteger(r) || r < 1) throw new Refused("unreadable");
        if (r > MAX_SHEET_ROW) throw new Refused("too-many-rows");
        rowNumber = r;
        column = 0;
        current = [];
        return;
      }
      case "c": {
        const position = tag.attributes.r ? cellPosition(tag.attributes.r) : undefined;
        const c = position ? position[0] : column + 1;
        if (position && position[1] > MAX_SHEET_ROW) throw new Refused("too-many-rows");
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
          // The header and at most MAX_BATCH_ROWS data rows: reading stops at the next one.
          if (++filledRows > MAX_DATA_ROWS) throw new Refused("too-many-rows");
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

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  let parts: Parts | undefined;
  try {
    parts = await openZip(bytes);
    const budget: Budget = { left: MAX_UNZIPPED_BYTES };
    const path = await firstSheetPath(parts, budget);
    if (!path || !parts.entries.has(path)) return { ok: false, problem: "empty" };
    const shared = await readSharedStrings(parts, budget);
    const sheet = trimRows(await readSheet(parts, path, shared, budget));
    return sheet ? { ok: true, sheet } : { ok: false, problem: "empty" };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    return { ok: false, problem: "unreadable" };
  } finally {
    parts?.zip.close();
  }
}
