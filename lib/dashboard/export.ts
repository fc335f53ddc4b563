import ExcelJS from "exceljs";
import type { Lang, Text } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import type { Certainty } from "./certainty";
import type { WorklistSummary } from "./summary";

/** What the export needs of a worklist row. */
export type ExportRow = {
  readonly name: string;
  readonly creditCode: string | null;
  readonly district: string | null;
  readonly contactName: string | null;
  readonly contactPhone: string | null;
  readonly centreName: string;
  readonly staffName: string | null;
  readonly summary: WorklistSummary;
  readonly atStake: number;
  readonly ending: readonly PolicyKey[];
};

export type Names = {
  readonly clause: (id: string) => string;
  readonly fact: (path: string) => string;
};

const h = (zh: string, en: string): Text => ({ zh, en });

const CLIENT_HEADERS = [
  h("企业名称", "Enterprise"),
  h("统一社会信用代码", "Credit code"),
  h("所在区、县（市）", "District"),
  h("服务中心", "Centre"),
  h("负责人", "Staff member"),
  h("联系人", "Contact"),
  h("联系电话", "Phone"),
  h("确定金额（元）", "Fixed (CNY)"),
  h("最高金额（元）", "Up to (CNY)"),
  h("待评审（元）", "To win (CNY)"),
  h("合计（元）", "At stake (CNY)"),
  h("可申报条款", "Claimable clauses"),
  h("即将到期的政策", "Policies ending soon"),
  h("待补充信息（可解锁最多的在前）", "Missing facts (most money first)"),
];

const CLAUSE_HEADERS = [
  h("企业名称", "Enterprise"),
  h("统一社会信用代码", "Credit code"),
  h("政策", "Policy"),
  h("条款", "Clause"),
  h("金额性质", "Certainty"),
  h("最低（元）", "Min (CNY)"),
  h("最高（元）", "Max (CNY)"),
];

const CERTAINTY: Record<Certainty, Text> = {
  fixed: h("确定", "fixed"),
  "up-to": h("最高", "up to"),
  "to-win": h("待评审", "to win"),
};

const NOT_STATED = h("未明确金额", "amount not stated");

/** Text a spreadsheet could read as a formula gets a leading apostrophe. */
const safe = (v: string | number) =>
  typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;

/** The worklist as a workbook: one sheet of clients in the list's order, one of their clauses. */
export async function worklistXlsx(
  rows: readonly ExportRow[],
  lang: Lang,
  names: Names,
): Promise<Uint8Array> {
  const sep = lang === "zh" ? "；" : "; ";
  const workbook = new ExcelJS.Workbook();
  workbook.creator = lang === "zh" ? "政策计算器" : "Policy calculator";
  const frozen = { views: [{ state: "frozen" as const, ySplit: 1 }] };
  const clients = workbook.addWorksheet(lang === "zh" ? "客户" : "Clients", frozen);
  clients.addRow(CLIENT_HEADERS.map((x) => x[lang])).font = { bold: true };
  for (const r of rows) {
    const s = r.summary;
    clients.addRow(
      [
        r.name,
        r.creditCode ?? "",
        r.district ?? "",
        r.centreName,
        r.staffName ?? "",
        r.contactName ?? "",
        r.contactPhone ?? "",
        s.fixed,
        s.upTo,
        s.toWin,
        r.atStake,
        s.clauses.map((c) => names.clause(c.id)).join(sep),
        r.ending.map((p) => `${POLICIES[p].shortName[lang]} ${POLICIES[p].validity.to}`).join(sep),
        s.missing.map((m) => names.fact(m.path)).join(sep),
      ].map(safe),
    );
  }
  clients.getColumn(1).width = 32;
  clients.getColumn(2).width = 22;
  for (const c of [8, 9, 10, 11]) clients.getColumn(c).numFmt = "#,##0";
  clients.getColumn(12).width = 60;
  clients.getColumn(14).width = 40;

  const clauses = workbook.addWorksheet(lang === "zh" ? "条款明细" : "Clauses", frozen);
  clauses.addRow(CLAUSE_HEADERS.map((x) => x[lang])).font = { bold: true };
  for (const r of rows)
    for (const c of r.summary.clauses)
      clauses.addRow(
        [
          r.name,
          r.creditCode ?? "",
          POLICIES[c.policy].shortName[lang],
          names.clause(c.id),
          CERTAINTY[c.certainty][lang],
          c.amount ? c.amount.min : NOT_STATED[lang],
          c.amount ? c.amount.max : NOT_STATED[lang],
        ].map(safe),
      );
  clauses.getColumn(1).width = 32;
  clauses.getColumn(4).width = 48;
  clauses.getColumn(6).numFmt = "#,##0";
  clauses.getColumn(7).numFmt = "#,##0";
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
