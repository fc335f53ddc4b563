import ExcelJS from "exceljs";
import { BATCH_COLUMNS } from "@/lib/batch/columns";
import { ITEM_LISTS, LINK_HEADER } from "@/lib/batch/item-lists";
import { readBatchFile } from "@/lib/batch/read-file";
import { validateSheet } from "@/lib/batch/validate";

/** Batch workbooks for tests, written as staff fill in the template (unit and browser tests). */

export const bytesOf = async (wb: ExcelJS.Workbook) =>
  new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

export async function readAndValidate(bytes: Uint8Array) {
  const read = await readBatchFile("批量.xlsx", bytes);
  if (!read.ok) throw new Error(read.problem);
  return validateSheet(read.sheet, read.items);
}

export const header = (path: string) => BATCH_COLUMNS.find((c) => c.path === path)!.header;
export const drugs = ITEM_LISTS.find((l) => l.path === "biomedicine.drugs")!;
export const projects = ITEM_LISTS.find((l) => l.path === "projects")!;
export const fieldHeader = (list: typeof drugs, key: string) =>
  list.fields.find((f) => f.key === key)!.header;

/** A workbook with the template's sheets: enterprises and the given item sheets. */
export function workbook(
  enterprises: Record<string, string>[],
  items: { list: typeof drugs; rows: Record<string, string>[] }[],
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ent = wb.addWorksheet("企业");
  ent.addRow(BATCH_COLUMNS.map((c) => c.header));
  for (const e of enterprises) ent.addRow(BATCH_COLUMNS.map((c) => e[c.path] ?? ""));
  for (const { list, rows } of items) {
    const ws = wb.addWorksheet(list.sheet);
    ws.addRow([LINK_HEADER, ...list.fields.map((f) => f.header)]);
    for (const r of rows) ws.addRow([r.code, ...list.fields.map((f) => r[f.key] ?? "")]);
  }
  return wb;
}

export const enterprise = (code: string, name: string, industries: string) => ({
  "enterprise.name": name,
  "enterprise.creditCode": code,
  "enterprise.district": "西湖区",
  "enterprise.industries": industries,
  "enterprise.registeredInHangzhou": "是",
  "enterprise.aboveDesignatedSize": "是",
  "enterprise.reportingYear": "2025",
  "finance.current.revenue": "2亿",
  "finance.previous.revenue": "150000000",
  "finance.current.rdExpense": "3000万",
});

/** Three enterprises with drugs and projects (甲: two drugs; 乙: a project; 丙: a drug and a project). */
export const threeEnterprises = (codes: readonly string[]) =>
  workbook(
    [
      enterprise(codes[0]!, "甲生物医药有限公司", "生物医药"),
      enterprise(codes[1]!, "乙生物制造有限公司", "生物医药"),
      enterprise(codes[2]!, "丙生物有限公司", "生物医药、合成生物"),
    ],
    [
      {
        list: drugs,
        rows: [
          {
            code: codes[0]!,
            name: "创新药一号",
            drugType: "化学药",
            registrationClass: "1 类",
            clinicalPhase: "Ⅲ期",
            rdInvestment: "8000万",
            licensedAndIndustrialised: "是",
          },
          {
            code: codes[0]!,
            name: "创新药二号",
            drugType: "生物制品",
            registrationClass: "1 类",
            clinicalPhase: "Ⅰ期",
            rdInvestment: "1.2亿",
            licensedAndIndustrialised: "是",
          },
          {
            code: codes[2]!,
            name: "生物药",
            drugType: "生物制品",
            registrationClass: "1 类",
            clinicalPhase: "Ⅱ期",
            rdInvestment: "50000000",
            licensedAndIndustrialised: "是",
          },
        ],
      },
      {
        list: projects,
        rows: [
          {
            code: codes[1]!,
            name: "技改项目",
            year: "2024",
            totalInvestment: "1.5亿",
            eligibleInvestment: "1亿",
            isIndustrialisation: "是",
            isFixedAssetInvestment: "是",
            completed: "是",
            recognised: "是",
          },
          {
            code: codes[2]!,
            name: "产业化项目",
            year: "2024",
            totalInvestment: "6000万",
            eligibleInvestment: "5000万",
            isIndustrialisation: "是",
            completed: "是",
          },
        ],
      },
    ],
  );
