import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBatchFile } from "@/lib/batch/read-file";
import { sampleSheet } from "@/lib/batch/sample";
import { sampleWorkbook } from "@/lib/batch/sample-workbook";
import { validateSheet } from "@/lib/batch/validate";
import {
  farCellWithoutDimensionXlsx,
  farCellXlsx,
  farItemCellXlsx,
  manyItemRowsXlsx,
  manyRowsXlsx,
  manySheetsXlsx,
  sharedStringsXlsx,
  zipBombXlsx,
} from "./support/hostile-xlsx";

// Issue 20, item 1: a 1.6 kB .xlsx with one cell at XFD20000 drove a worker to 4.3 GB; Z200000
// took 6.7 s and 1.6 GB; 3 million shared strings added 470 MB. Each hostile file below is
// generated here, then read in a fresh process that reports time and peak memory.

const dir = mkdtempSync(join(tmpdir(), "hostile-xlsx-"));
const files: Record<string, () => Promise<Uint8Array>> = {
  "xfd20000.xlsx": () => farCellXlsx("XFD20000"),
  "xfd20000-no-dimension.xlsx": () => farCellWithoutDimensionXlsx("XFD20000"),
  "z200000.xlsx": () => farCellXlsx("Z200000"),
  "z200000-no-dimension.xlsx": () => farCellWithoutDimensionXlsx("Z200000"),
  // 3,000,000 strings, honestly declared: ~57 MB unzipped, refused by its directory entry.
  "shared-3m.xlsx": () => sharedStringsXlsx(3_000_000),
  // 1,000,000 strings (~18 MB, inside the byte budget) without a count: refused by counting.
  "shared-1m-undeclared.xlsx": () => sharedStringsXlsx(1_000_000, false),
  // 256 MB of blanks in a ~250 kB zip: refused by its declared size…
  "bomb-256mb.xlsx": () => zipBombXlsx(256),
  // …and 30 MB (inside the byte budget): refused by its inflation ratio after 1 MB.
  "bomb-30mb.xlsx": () => zipBombXlsx(30),
  "rows-10001.xlsx": () => manyRowsXlsx(10_001),
  // The workbook's item sheets (issue 18) are read within the same bounds: width, row number,
  // one count of item rows over all sheets, and the number of sheets.
  "item-xfd5.xlsx": () => farItemCellXlsx("XFD5"),
  "item-b300000.xlsx": () => farItemCellXlsx("B300000"),
  "item-rows-100001.xlsx": () => manyItemRowsXlsx(100_001, ["药品", "投资项目", "贷款与债券"]),
  "sheets-65.xlsx": () => manySheetsXlsx(65),
};
const expected: Record<string, string> = {
  "xfd20000.xlsx": "too-wide",
  "xfd20000-no-dimension.xlsx": "too-wide",
  "z200000.xlsx": "too-many-rows",
  "z200000-no-dimension.xlsx": "too-many-rows",
  "shared-3m.xlsx": "too-big",
  "shared-1m-undeclared.xlsx": "too-big",
  "bomb-256mb.xlsx": "too-big",
  "bomb-30mb.xlsx": "too-big",
  "rows-10001.xlsx": "too-many-rows",
  "item-xfd5.xlsx": "too-wide",
  "item-b300000.xlsx": "too-many-rows",
  "item-rows-100001.xlsx": "too-many-rows",
  "sheets-65.xlsx": "too-big",
};

type Measured = { file: string; ms: number; peakGrowthMb: number; problem: string | null };
let measured: Measured[] = [];

beforeAll(async () => {
  for (const [name, make] of Object.entries(files)) writeFileSync(join(dir, name), await make());
  const run = spawnSync(
    process.execPath,
    [
      // lib/batch is server-only: resolve `server-only` as a server does.
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/security/support/measure-read.ts",
      ...Object.keys(files).map((n) => join(dir, n)),
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`measure-read failed: ${run.stderr}`);
  measured = run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Measured);
  console.log("hostile .xlsx, read in a fresh process:");
  for (const m of measured)
    console.log(`  ${m.file}: ${m.problem} after ${m.ms} ms, peak RSS +${m.peakGrowthMb} MB`);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile spreadsheets are refused quickly, with little memory", () => {
  for (const name of Object.keys(files)) {
    it(`${name} → ${expected[name]}`, () => {
      const m = measured.find((x) => x.file === name)!;
      expect(m.problem).toBe(expected[name]);
      expect(m.ms).toBeLessThan(2_000);
      // Cumulative peak over this read and the ones before it in the same process.
      expect(m.peakGrowthMb).toBeLessThan(200);
    });
  }
});

describe("the bounds leave real files alone", () => {
  it("reads a full 10,000-row workbook written by exceljs", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("企业");
    for (const row of sampleSheet(10_000, 5)) sheet.addRow(row);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readBatchFile("企业.xlsx", bytes);
    if (!read.ok) throw new Error(read.problem);
    const report = validateSheet(read.sheet);
    expect(report.fileProblems).toEqual([]);
    expect(report.totalRows).toBe(10_000);
  }, 60_000);

  it("reads a full workbook of 10,000 enterprises and about 30,000 items in its list sheets", async () => {
    const bytes = await sampleWorkbook(10_000, 5, 3);
    const read = await readBatchFile("批量.xlsx", bytes);
    if (!read.ok) throw new Error(read.problem);
    const items = (read.items ?? []).reduce((s, x) => s + x.sheet.rows.length, 0);
    expect(items).toBeGreaterThan(25_000);
    const report = validateSheet(read.sheet, read.items);
    expect(report.fileProblems).toEqual([]);
    expect(report.badRows).toBe(0);
    expect(report.good).toHaveLength(10_000);
  }, 90_000);

  it("ignores formatted empty cells far to the right (only text there is refused)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("企业");
    sheet.addRow(["企业名称", "统一社会信用代码"]);
    sheet.addRow(["甲公司", "91350100M000100Y43"]);
    sheet.getCell("BZ2").numFmt = "0.00"; // styled, no value
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readBatchFile("a.xlsx", bytes);
    expect(read.ok && read.sheet.rows).toEqual([["甲公司", "91350100M000100Y43"]]);
  });
});

describe("CSV bounds", () => {
  it("refuses text beyond column 50 and more than 10,000 data rows", async () => {
    const wide = `企业名称${",".repeat(60)}x\n甲`;
    expect(await readBatchFile("a.csv", new TextEncoder().encode(wide))).toEqual({
      ok: false,
      problem: "too-wide",
    });
    const long = "企业名称\n" + "甲\n".repeat(10_001);
    expect(await readBatchFile("a.csv", new TextEncoder().encode(long))).toEqual({
      ok: false,
      problem: "too-many-rows",
    });
    const exactly = "企业名称\n" + "甲\n".repeat(10_000);
    expect((await readBatchFile("a.csv", new TextEncoder().encode(exactly))).ok).toBe(true);
  });

  it("names UTF-16 (Excel's Unicode Text) as an encoding problem, not missing columns", async () => {
    const text = "企业名称\t统一社会信用代码\r\n甲\t91350100M000100Y43\r\n";
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect(await readBatchFile("a.csv", le)).toEqual({ ok: false, problem: "encoding" });
    const noBom = new Uint8Array(Buffer.from("name,code\n", "utf16le"));
    expect(await readBatchFile("a.csv", noBom)).toEqual({ ok: false, problem: "encoding" });
  });
});
