// Longer than 300 lines on purpose: every part of reading, checking and exporting a batch file, with shared sample rows.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BATCH_COLUMNS, columnForHeader, MAX_BATCH_ROWS } from "@/lib/batch/columns";
import {
  problemsCsv,
  resultsCsv,
  resultsXlsx,
  templateCsv,
  type ExportRow,
} from "@/lib/batch/export";
import { decodeText, readBatchFile, readCsv } from "@/lib/batch/read-file";
import { sampleSheet } from "@/lib/batch/sample";
import { summarise } from "@/lib/batch/summary";
import { validateSheet } from "@/lib/batch/validate";
import { evaluateProfile, profile as parsedProfile } from "@/tests/helpers/profile";

const H = Object.fromEntries(BATCH_COLUMNS.map((c) => [c.path, c.header]));
const GOOD_CODE = "91350100M000100Y43";

/** A sheet with the template's headers and rows given by profile path. */
function sheet(rows: Record<string, string>[]) {
  return {
    headers: BATCH_COLUMNS.map((c) => c.header),
    rows: rows.map((r) => BATCH_COLUMNS.map((c) => r[c.path] ?? "")),
    firstRowNumber: 2,
  };
}

const good = {
  "enterprise.name": "杭州示例科技有限公司",
  "enterprise.creditCode": GOOD_CODE,
  "enterprise.district": "西湖区",
  "enterprise.industries": "合成生物、人工智能",
  "enterprise.registeredInHangzhou": "是",
  "enterprise.sme": "否",
  "enterprise.reportingYear": "2025",
  "finance.current.revenue": "1,200,000,000",
  "finance.current.rdExpense": "20000000",
};

describe("the batch template", () => {
  it("has Chinese headers from the profile schema, required ones starred, and an example row", () => {
    const csv = templateCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, example] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header!.slice(0, 4)).toEqual([
      "企业名称*",
      "统一社会信用代码*",
      "所在区县",
      "所属产业（多个用顿号分隔）",
    ]);
    expect(header).toContain("本年度营业收入（元）");
    expect(header).toContain("上年度营业收入（元）");
    expect(header).toContain("本年度研发投入（元）");
    expect(header).toContain("在杭州注册（是/否）");
    expect(example).toHaveLength(header!.length);
    // The template's own example rows (valid Zhejiang credit codes) pass validation.
    const report = validateSheet(readCsvOk(csv));
    expect(report.badRows).toBe(0);
    expect(report.good).toHaveLength(3);
    expect(report.good.every((g) => g.creditCode.startsWith("9133"))).toBe(true);
  });

  it("recognises headers as people retype them: without the unit, in English, with spaces", () => {
    expect(columnForHeader("本年度营业收入")?.path).toBe("finance.current.revenue");
    expect(columnForHeader(" 企业名称 * ")?.path).toBe("enterprise.name");
    expect(columnForHeader("Revenue, this year (CNY)")?.path).toBe("finance.current.revenue");
    expect(columnForHeader("本年度营业收入(元)")?.path).toBe("finance.current.revenue");
    expect(columnForHeader("随便一列")).toBeUndefined();
  });

  it("calls the year of the figures 数据年度, and still reads files whose column says 申报年度", () => {
    expect(columnForHeader("数据年度")?.path).toBe("enterprise.reportingYear");
    expect(columnForHeader("申报年度")?.path).toBe("enterprise.reportingYear");
    expect(columnForHeader("Reporting year")?.path).toBe("enterprise.reportingYear");
  });
});

function readCsvOk(text: string) {
  const r = readCsv(text.replace(/^\uFEFF/, ""));
  if (!r.ok) throw new Error(r.problem);
  return r.sheet;
}

describe("validating rows", () => {
  it("turns a good row into a profile through the profile schema", () => {
    const report = validateSheet(sheet([good]));
    expect(report).toMatchObject({ totalRows: 1, badRows: 0, problems: [], fileProblems: [] });
    const row = report.good[0]!;
    expect(row).toMatchObject({
      row: 2,
      name: "杭州示例科技有限公司",
      creditCode: GOOD_CODE,
      district: "西湖区",
    });
    expect(row.profile.enterprise).toMatchObject({
      industries: ["synthetic-biology", "artificial-intelligence"],
      registeredInHangzhou: true,
      sme: false,
      roles: ["enterprise"],
    });
    // The 数据年度 column dates the “本年度” figures: they are filed under 2025.
    expect(row.profile.finance?.["2025"]).toEqual({
      revenue: 1_200_000_000,
      rdExpense: 20_000_000,
    });
  });

  it("names the row, the column and the reason of every bad cell", () => {
    const report = validateSheet(
      sheet([
        good,
        {
          ...good,
          "enterprise.creditCode": "91350100M000100Y44",
          "finance.current.revenue": "1.5",
        },
        { ...good, "enterprise.creditCode": "", "enterprise.name": "" },
        { ...good, "enterprise.creditCode": "9144030071526726XG", "enterprise.district": "上海" },
        {
          ...good,
          "enterprise.creditCode": "91110000600037341L",
          "enterprise.industries": "房地产",
        },
        { ...good, "enterprise.creditCode": "91330100716105852F", "enterprise.sme": "也许" },
        { ...good, "enterprise.creditCode": withOther(1), "enterprise.reportingYear": "25" },
        { ...good, "enterprise.creditCode": withOther(2), "finance.previous.revenue": "-5" },
        { ...good },
      ]),
    );
    const seen = report.problems.map((p) => [p.row, p.column, p.message.zh]);
    expect(seen).toEqual([
      [
        3,
        H["enterprise.creditCode"],
        "“91350100M000100Y44”不是有效的统一社会信用代码：校验码不正确，请核对是否输错；请按营业执照填写 18 位代码",
      ],
      [3, H["finance.current.revenue"], "“1.5”不足 1 元的部分无法计算：金额精确到元，例如 2"],
      [4, H["enterprise.name"], "必填：请填写企业名称"],
      [4, H["enterprise.creditCode"], "必填：请填写统一社会信用代码"],
      [5, H["enterprise.district"], expect.stringContaining("“上海”不是杭州市的区、县（市）")],
      [6, H["enterprise.industries"], expect.stringContaining("“房地产”不是九项政策之一：")],
      [7, H["enterprise.sme"], expect.stringContaining("“也许”不是“是”或“否”")],
      [8, H["enterprise.reportingYear"], "“25”不是年份：请填写四位年份，例如 2025"],
      [9, H["finance.previous.revenue"], "“-5”是负数：金额不能为负数，没有请留空或填 0"],
      [10, H["enterprise.creditCode"], expect.stringContaining("与第 2 行的信用代码重复")],
    ]);
    expect(report.badRows).toBe(8);
    expect(report.good.map((g) => g.row)).toEqual([2]);
    expect(report.problems.every((p) => p.message.en.length > 0)).toBe(true);
  });

  it("reads 万元 and 亿元 amounts and thousands separators as exact yuan; says what is wrong with the rest", () => {
    const revenue = (v: string) => {
      const report = validateSheet(sheet([{ ...good, "finance.current.revenue": v }]));
      return report.good[0]?.profile.finance?.["2025"]?.revenue ?? report.problems[0]?.message.zh;
    };
    expect(revenue("1,000万")).toBe(10_000_000); // 1,000 × 10^4
    expect(revenue("3000万")).toBe(30_000_000); // 3,000 × 10^4
    expect(revenue("1.2亿")).toBe(120_000_000); // 1.2 × 10^8
    expect(revenue("30,000,000")).toBe(30_000_000);
    expect(revenue("abc")).toBe(
      "“abc”不是金额：请填写数字，单位为元，例如 10000000；也可写“1000万”或“1.2亿”",
    );
    // "1,5万" could be 1.5 万 or 15 万: refused, not guessed.
    expect(revenue("1,5万")).toContain("逗号不是千分位分隔");
    expect(revenue("1.23456万")).toContain("不足 1 元"); // 12,345.6 元
  });

  it("refuses a file without the required columns or with too many rows, as a whole", () => {
    expect(
      validateSheet({ headers: ["名称"], rows: [["x"]], firstRowNumber: 2 }).fileProblems,
    ).toEqual([
      {
        zh: "缺少必需的列“企业名称”：请使用模板中的列名",
        en: "The column “Name” is missing: use the template's headers",
      },
      {
        zh: "缺少必需的列“统一社会信用代码”：请使用模板中的列名",
        en: "The column “Unified social credit code” is missing: use the template's headers",
      },
    ]);
    const many = sampleSheet(MAX_BATCH_ROWS + 1);
    const report = validateSheet({ headers: many[0]!, rows: many.slice(1), firstRowNumber: 2 });
    expect(report.fileProblems.map((p) => p.zh)).toEqual([
      "文件有 10001 家企业，一次最多 10000 家：请分成几个文件上传",
    ]);
    expect(report.good).toEqual([]);
  });

  it("accepts 10,000 generated rows", () => {
    const rows = sampleSheet(MAX_BATCH_ROWS, 11);
    const report = validateSheet({ headers: rows[0]!, rows: rows.slice(1), firstRowNumber: 2 });
    expect(report.badRows).toBe(0);
    expect(report.good).toHaveLength(MAX_BATCH_ROWS);
    expect(new Set(report.good.map((g) => g.creditCode)).size).toBe(MAX_BATCH_ROWS);
  });
});

function withOther(n: number): string {
  return sampleSheet(n)[n]![1]!;
}

describe("reading files", () => {
  it("reads UTF-8 CSV with a BOM, keeping spreadsheet row numbers across blank lines", async () => {
    const text =
      "\uFEFF企业名称,统一社会信用代码\n甲,91350100M000100Y43\n\n乙,9144030071526726XG\n";
    const r = await readBatchFile("a.csv", new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.problem);
    expect(r.sheet.headers).toEqual(["企业名称", "统一社会信用代码"]);
    const report = validateSheet(r.sheet);
    expect(report.good.map((g) => [g.row, g.name])).toEqual([
      [2, "甲"],
      [4, "乙"],
    ]);
  });

  it("reads CSV saved by Excel in GB18030", () => {
    const gbk = new Uint8Array([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6]); // 企业名称
    expect(decodeText(gbk)).toBe("企业名称");
  });

  it("reads the first sheet of an .xlsx, numbers and rich text included", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("企业");
    ws.addRow(["企业名称", "统一社会信用代码", "本年度营业收入（元）", "中小企业（是/否）"]);
    ws.addRow([
      { richText: [{ text: "杭州" }, { text: "甲公司" }] },
      GOOD_CODE,
      123456789012,
      true,
    ]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await readBatchFile("企业.xlsx", bytes);
    if (!r.ok) throw new Error(r.problem);
    // No 数据年度 column: the figures belong to the event year of the round given (2025).
    const report = validateSheet(r.sheet, [], 2025);
    expect(report.problems).toEqual([]);
    expect(report.good[0]).toMatchObject({ name: "杭州甲公司", creditCode: GOOD_CODE });
    expect(report.good[0]!.profile.finance?.["2025"]?.revenue).toBe(123_456_789_012);
    expect(report.good[0]!.profile.enterprise.sme).toBe(true);
  });

  it("refuses an old .xls or a damaged .xlsx", async () => {
    expect(await readBatchFile("old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toEqual({
      ok: false,
      problem: "format",
    });
    expect(
      await readBatchFile("bad.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
    ).toEqual({ ok: false, problem: "unreadable" });
  });
});

describe("results files", () => {
  const profile = {
    enterprise: { industries: ["synthetic-biology"], registeredInHangzhou: true },
    finance: { current: { rdExpense: 20_000_000 } },
    syntheticBiology: { recognisedEnterprise: true },
  };
  const rows: ExportRow[] = [
    {
      row: 2,
      name: "=cmd|' /C calc'!A0",
      creditCode: GOOD_CODE,
      district: "西湖区",
      summary: summarise(evaluateProfile(profile, "2025-06-30"), parsedProfile(profile)),
    },
  ];

  it("CSV: a BOM for Excel and formulas escaped", () => {
    const csv = resultsCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header!.slice(0, 8)).toEqual([
      "行号",
      "企业名称",
      "统一社会信用代码",
      "所在区县",
      "可申报条款数",
      "待补充信息条款数",
      "合计最低（元）",
      "合计最高（元）",
    ]);
    expect(line![1]).toBe("'=cmd|' /C calc'!A0");
    expect(line![header!.indexOf("合成生物最高（元）")]).toBe(String(rows[0]!.summary.totalMax));
  });

  it("Excel: an enterprise sheet with totals per policy and a sheet of clause rows", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultsXlsx(rows)) as unknown as ExcelJS.Buffer);
    const [summary, clauses] = workbook.worksheets;
    expect(summary!.name).toBe("企业汇总");
    expect(summary!.getRow(2).getCell(2).value).toBe("'=cmd|' /C calc'!A0");
    expect(summary!.getRow(2).getCell(8).value).toBe(rows[0]!.summary.totalMax);
    expect(clauses!.name).toBe("条款明细");
    const named: unknown[] = [];
    clauses!.eachRow((r, n) => n > 1 && named.push(r.getCell(5).value));
    // Clauses are named by article and heading, never by their catalogue id.
    expect(named).toContain("（二） 加强研发经费资助");
    expect(named.join()).not.toMatch(/[a-z-]+\/\d/);
    expect(named).toHaveLength(rows[0]!.summary.clauses.length);
  });

  it("the validation report downloads as CSV", () => {
    const csv = problemsCsv([
      { row: 3, column: "统一社会信用代码", value: "+1", message: { zh: "必填", en: "Required" } },
    ]);
    expect(csv).toBe(
      '\uFEFF工作表,行号,列,内容,问题,Problem (English)\r\n企业,3,统一社会信用代码,"\'+1",必填,Required',
    );
  });
});
