import { Readable } from "node:stream";
import archiver from "archiver";

type Part = string | Buffer | Readable;

/** The parts every .xlsx has, around one worksheet and optional shared strings. */
function workbook(sheetXml: Part, sharedStringsXml?: Part): Map<string, Part> {
  const zip = new Map<string, Part>();
  zip.set(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStringsXml ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
  );
  zip.set(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStringsXml ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ""}</Relationships>`,
  );
  zip.set("xl/worksheets/sheet1.xml", sheetXml);
  if (sharedStringsXml) zip.set("xl/sharedStrings.xml", sharedStringsXml);
  return zip;
}

const SHEET_OPEN = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;
const HEADER_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c><c r="B1" t="inlineStr"><is><t>统一社会信用代码</t></is></c></row>`;

/** Zipped with archiver (Node's zlib: a gigabyte of blanks deflates in about a second). */
async function zipped(parts: Map<string, Part>): Promise<Uint8Array> {
  const archive = archiver("zip", { zlib: { level: 9 } });
  const chunks: Buffer[] = [];
  archive.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
  });
  for (const [name, content] of parts) archive.append(content, { name });
  await archive.finalize();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** One inline-string cell at `ref` (e.g. "XFD20000") below a header row: about 1.5 kB zipped. */
export function farCellXlsx(ref: string): Promise<Uint8Array> {
  const row = Number(/\d+$/.exec(ref)![0]);
  return zipped(
    workbook(
      `${SHEET_OPEN}<dimension ref="A1:${ref}"/><sheetData>${HEADER_ROW}<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    ),
  );
}

/** The same cell, without a <dimension> element, so only the cell itself gives it away. */
export function farCellWithoutDimensionXlsx(ref: string): Promise<Uint8Array> {
  const row = Number(/\d+$/.exec(ref)![0]);
  return zipped(
    workbook(
      `${SHEET_OPEN}<sheetData>${HEADER_ROW}<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    ),
  );
}

/** `count` distinct shared strings ("0", "1", …), none used by the sheet; `declared` sets uniqueCount. */
export function sharedStringsXlsx(count: number, declared = true): Promise<Uint8Array> {
  function* xml() {
    yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${declared ? ` count="${count}" uniqueCount="${count}"` : ""}>`;
    for (let i = 0; i < count; i += 10_000) {
      let block = "";
      for (let j = i; j < Math.min(count, i + 10_000); j++) block += `<si><t>${j}</t></si>`;
      yield block;
    }
    yield "</sst>";
  }
  return zipped(
    workbook(`${SHEET_OPEN}<sheetData>${HEADER_ROW}</sheetData></worksheet>`, Readable.from(xml())),
  );
}

/**
 * A zip bomb: a worksheet of `megabytes` MB that deflates to about a thousandth of that (one
 * header row, then whitespace inside <sheetData>, as XML allows).
 */
export function zipBombXlsx(megabytes: number): Promise<Uint8Array> {
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  function* xml() {
    yield Buffer.from(`${SHEET_OPEN}<sheetData>${HEADER_ROW}`);
    for (let i = 0; i < megabytes; i++) yield blank;
    yield Buffer.from("</sheetData></worksheet>");
  }
  return zipped(workbook(Readable.from(xml())));
}

/** `rows` data rows of two inline-string cells each (a legitimate shape, just too long). */
export function manyRowsXlsx(rows: number): Promise<Uint8Array> {
  const parts: string[] = [`${SHEET_OPEN}<sheetData>${HEADER_ROW}`];
  for (let r = 2; r <= rows + 1; r++)
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>企业${r}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`,
    );
  parts.push("</sheetData></worksheet>");
  return zipped(workbook(parts.join("")));
}

/**
 * A workbook of several sheets: a small enterprise sheet first, then `sheets` (name and XML) —
 * the item sheets of the batch workbook are read by name, each within the reader's bounds.
 */
export function multiSheetXlsx(
  sheets: readonly { name: string; xml: Part }[],
): Promise<Uint8Array> {
  const all = [
    { name: "企业", xml: `${SHEET_OPEN}<sheetData>${HEADER_ROW}</sheetData></worksheet>` as Part },
    ...sheets,
  ];
  const zip = workbook(all[0]!.xml);
  const n = all.length;
  zip.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${all.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
  );
  zip.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from({ length: n }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
  );
  all.slice(1).forEach((s, i) => zip.set(`xl/worksheets/sheet${i + 2}.xml`, s.xml));
  return zipped(zip);
}

const ITEM_HEADER = `<row r="1"><c r="A1" t="inlineStr"><is><t>统一社会信用代码</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c></row>`;

/** An item sheet with one inline-string cell at `ref` below its header. */
export function farItemCellXlsx(ref: string): Promise<Uint8Array> {
  const row = Number(/\d+$/.exec(ref)![0]);
  return multiSheetXlsx([
    {
      name: "药品",
      xml: `${SHEET_OPEN}<sheetData>${ITEM_HEADER}<row r="${row}"><c r="${ref}" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
    },
  ]);
}

/** Item sheets with `rows` data rows in all, spread over `sheets` list sheets. */
export function manyItemRowsXlsx(rows: number, sheets: readonly string[]): Promise<Uint8Array> {
  const per = Math.ceil(rows / sheets.length);
  return multiSheetXlsx(
    sheets.map((name) => {
      const parts: string[] = [`${SHEET_OPEN}<sheetData>${ITEM_HEADER}`];
      for (let r = 2; r <= per + 1; r++)
        parts.push(`<row r="${r}"><c r="B${r}"><v>${r}</v></c></row>`);
      parts.push("</sheetData></worksheet>");
      return { name, xml: parts.join("") };
    }),
  );
}

/** A workbook that lists `count` sheets (all named as item lists would not be needed). */
export function manySheetsXlsx(count: number): Promise<Uint8Array> {
  return multiSheetXlsx(
    Array.from({ length: count - 1 }, (_, i) => ({
      name: `表${i + 2}`,
      xml: `${SHEET_OPEN}<sheetData/></worksheet>`,
    })),
  );
}
