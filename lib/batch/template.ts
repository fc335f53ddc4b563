import "server-only";
import ExcelJS from "exceljs";
import { BATCH_COLUMNS, DISTRICTS, MAX_BATCH_ROWS, POLICY_NAMES_ZH } from "./columns";
import { ITEM_LISTS, LINK_HEADER, type ItemField } from "./item-lists";
import { FACT_SHEETS } from "./fact-sheets";
import {
  EXAMPLE_CODES,
  EXAMPLE_ENTERPRISES,
  EXAMPLE_FACTS,
  EXAMPLE_ITEMS,
} from "./template-examples";

/**
 * The batch workbook template, generated from the profile schema: the enterprise sheet (the CSV
 * template's columns), one sheet per list of items linked by credit code, a 说明 sheet, and a hidden
 * 选项 sheet that holds the drop-down lists of choices.
 */

export const ENTERPRISE_SHEET = "企业";
export const GUIDE_SHEET = "说明";
export const OPTIONS_SHEET = "选项";

/** Rows below the header that carry drop-downs (the most enterprises one file may hold). */
const VALIDATED_ROWS = MAX_BATCH_ROWS;

/** exceljs keeps a sheet's validations by address; a range address covers every cell in it. */
type DataValidations = { add(address: string, validation: ExcelJS.DataValidation): void };

type Lists = { ws: ExcelJS.Worksheet; column: number; ranges: Map<string, string> };

/** A drop-down's values on the hidden options sheet; the same list is written once. */
function listRange(lists: Lists, values: readonly string[]): string {
  const key = values.join("\u0000");
  const known = lists.ranges.get(key);
  if (known) return known;
  const c = ++lists.column;
  values.forEach((v, i) => (lists.ws.getCell(i + 1, c).value = v));
  const letter = lists.ws.getColumn(c).letter;
  const range = `'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${values.length}`;
  lists.ranges.set(key, range);
  return range;
}

function dropDown(
  ws: ExcelJS.Worksheet,
  column: number,
  range: string,
  prompt: string,
  strict: boolean,
): void {
  const letter = ws.getColumn(column).letter;
  (ws as unknown as { dataValidations: DataValidations }).dataValidations.add(
    `${letter}2:${letter}${VALIDATED_ROWS + 1}`,
    {
      type: "list",
      allowBlank: true,
      formulae: [range],
      showErrorMessage: strict,
      errorStyle: "stop",
      errorTitle: "请从列表中选择",
      error: prompt,
    },
  );
}

const choiceValues = (f: ItemField) => f.options!.map((o) => o[1]);

function header(ws: ExcelJS.Worksheet, headers: readonly string[], widths: readonly number[]) {
  const row = ws.addRow([...headers]);
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
  row.height = 48;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function enterpriseSheet(ws: ExcelJS.Worksheet, lists: Lists): void {
  header(
    ws,
    BATCH_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)),
    BATCH_COLUMNS.map((c) => (c.kind === "text" ? 30 : c.kind === "credit-code" ? 22 : 16)),
  );
  for (const example of EXAMPLE_ENTERPRISES)
    ws.addRow(BATCH_COLUMNS.map((c) => example[c.path] ?? c.example));
  BATCH_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).numFmt = c.kind === "money" ? "0" : "@";
    if (c.kind === "flag")
      dropDown(ws, i + 1, listRange(lists, ["是", "否"]), "请选择是或否", true);
    if (c.kind === "industries")
      dropDown(
        ws,
        i + 1,
        listRange(lists, Object.values(POLICY_NAMES_ZH)),
        "多个用顿号分隔",
        false,
      );
    if (c.kind === "district")
      dropDown(ws, i + 1, listRange(lists, DISTRICTS), "请选择杭州市的区、县（市）", true);
  });
}

/** A sheet linked to the enterprises by credit code: an item list or a policy's facts. */
function linkedSheet(
  ws: ExcelJS.Worksheet,
  lists: Lists,
  fields: readonly ItemField[],
  examples: readonly (readonly [number, Record<string, string>])[],
): void {
  header(
    ws,
    [`${LINK_HEADER}*`, ...fields.map((f) => (f.key === "name" ? `${f.header}*` : f.header))],
    [22, ...fields.map((f) => (f.kind === "text" ? 28 : f.header.length > 12 ? 24 : 16))],
  );
  for (const [code, values] of examples)
    ws.addRow([EXAMPLE_CODES[code], ...fields.map((f) => values[f.key] ?? "")]);
  ws.getColumn(1).numFmt = "@";
  fields.forEach((f, i) => {
    const column = i + 2;
    ws.getColumn(column).numFmt = f.kind === "money" ? "0" : f.kind === "text" ? "@" : "General";
    if (f.kind === "flag")
      dropDown(ws, column, listRange(lists, ["是", "否"]), "请选择是或否", true);
    if (f.kind === "choice")
      dropDown(ws, column, listRange(lists, choiceValues(f)), "请从下拉列表中选择", true);
    // Several choices in one cell: the list helps, but "A、B" must still be allowed.
    if (f.kind === "choices")
      dropDown(ws, column, listRange(lists, choiceValues(f)), "多个用顿号分隔", false);
  });
}

const GUIDE: readonly (readonly [string, string])[] = [
  ["怎么填", "How to fill in"],
  [
    "“企业”表每行一家企业；“××企业情况”表填各政策要问的企业情况，每家企业一行；其他清单表每行一个项目、产品或贷款。各表都用第一列“统一社会信用代码”对应到“企业”表中的企业；用不到的表可以不填或删除。",
    "The 企业 sheet holds one enterprise per row; each “…企业情况” sheet the facts one policy asks about an enterprise, one row per enterprise; every list sheet one item (project, product, loan…) per row. All are linked to the enterprise by the credit code in the first column; leave out or delete the sheets you do not need.",
  ],
  [
    "带 * 的列必填。其他列不清楚请留空：留空表示“未知”，计算器会列出需要补充的信息，不会当作“没有”。",
    "Columns marked * are required. Leave a cell empty when you do not know: empty means unknown (the results list what to add), not “none”.",
  ],
  [
    "金额单位为元，填数字，例如 10000000；也可写“1000万”或“1.2亿”。不要写千分位以外的逗号。",
    "Amounts are in yuan: a number such as 10000000, or “1000万” / “1.2亿”.",
  ],
  [
    "“本年度、上年度、前年度”以“数据年度”列为准：数据年度填 2025 时，本年度指 2025 年，上年度指 2024 年，前年度指 2023 年（2025 年度数据在 2026 年申报）；不填时按当前申报年度的事项年度。",
    "“This year, last year, the year before” count from the year-of-the-figures column: with 2025 there, this year is 2025, last year 2024, the year before 2023 (figures of 2025 are claimed in the 2026 round); left empty, the event year of the current round.",
  ],
  [
    "是/否、类别等列请从下拉列表选择；“多个用顿号分隔”的列可填几项，例如“生物医药、合成生物”。",
    "Pick yes/no and categories from the drop-down lists; columns that allow several take them separated by 、.",
  ],
  [
    "“编号”选填：同一企业同一表中不可重复；贷款的“用于的投资项目（编号）”填“投资项目”表中该项目的编号。",
    "The ID column is optional and must be unique per enterprise and sheet; a loan's project ID refers to the ID in the 投资项目 sheet.",
  ],
  [
    `一个文件最多 ${MAX_BATCH_ROWS} 家企业。示例行（信用代码 ${Object.values(EXAMPLE_CODES).join("、")}）请删除后再上传。`,
    `At most ${MAX_BATCH_ROWS} enterprises per file. Delete the example rows before uploading.`,
  ],
  [
    "只有“企业”表时也可另存为 CSV（UTF-8）上传；项目、产品等清单只能用 Excel 工作簿上传。",
    "The 企业 sheet alone may also be uploaded as CSV (UTF-8); item lists need the Excel workbook.",
  ],
];

function guideSheet(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 90;
  ws.getColumn(2).width = 90;
  for (const [zh, en] of GUIDE) ws.addRow([zh, en]).alignment = { wrapText: true };
  ws.getRow(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow(["各表", "Sheets"]).font = { bold: true };
  ws.addRow([ENTERPRISE_SHEET, "Enterprises"]);
  for (const f of FACT_SHEETS)
    ws.addRow([`${f.sheet}（每家企业一行）`, `${f.titleEn} (one row each)`]);
  for (const l of ITEM_LISTS)
    ws.addRow([`${l.sheet}（每项一行）`, `${l.titleEn} (one item per row)`]);
}

/** The workbook template as .xlsx bytes. */
export async function templateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "政策计算器";
  const frozen = { views: [{ state: "frozen" as const, ySplit: 1 }] };
  // The enterprise sheet comes first: a reader of one sheet (and the CSV) takes the first.
  const enterprises = wb.addWorksheet(ENTERPRISE_SHEET, frozen);
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const facts = FACT_SHEETS.map((f) => [f, wb.addWorksheet(f.sheet, frozen)] as const);
  const items = ITEM_LISTS.map((l) => [l, wb.addWorksheet(l.sheet, frozen)] as const);
  const lists: Lists = {
    ws: wb.addWorksheet(OPTIONS_SHEET, { state: "veryHidden" }),
    column: 0,
    ranges: new Map(),
  };
  enterpriseSheet(enterprises, lists);
  guideSheet(guide);
  for (const [sheet, ws] of facts)
    linkedSheet(ws, lists, sheet.fields, EXAMPLE_FACTS[sheet.section] ?? []);
  for (const [list, ws] of items)
    linkedSheet(ws, lists, list.fields, EXAMPLE_ITEMS[list.path] ?? []);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
