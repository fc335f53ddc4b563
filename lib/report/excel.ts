import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";
import type { ReportModel } from "./model";

const MONEY = "#,##0";

/**
 * The report as a workbook with the same content as the page: a summary sheet (header, totals
 * split by certainty per policy, the facts most worth adding), a clause sheet and a facts sheet.
 * Amounts are numbers in yuan.
 */
export async function reportWorkbook(model: ReportModel, messages: Messages): Promise<Uint8Array> {
  const t = createTranslator({ locale: model.lang, messages, namespace: "report" });
  const book = new ExcelJS.Workbook();
  const bold = { bold: true };

  const summary = book.addWorksheet(t("sheetSummary"));
  summary.columns = [
    { width: 28 },
    { width: 10 },
    ...Array.from({ length: 8 }, () => ({ width: 16 })),
  ];
  summary.addRow([model.staff ? t("titleStaff") : t("title")]).font = { bold: true, size: 14 };
  const info: [string, string][] = [
    [t("enterprise"), model.enterprise ?? t("noName")],
    ...(model.creditCode ? [[t("creditCode"), model.creditCode] as [string, string]] : []),
    [t("round"), t("roundValue", model.round)],
    [t("rulesVersion"), model.rulesVersion],
    [t("printedAt"), model.printedAt],
    [t("policies"), model.industries],
    ...(model.staff
      ? ([
          [t("centre"), model.staff.centre],
          [t("member"), model.staff.member],
          [t("contact"), model.staff.contact],
        ] as [string, string][])
      : []),
  ];
  for (const row of info) summary.addRow(row).getCell(1).font = bold;
  summary.addRow([]);
  const min = t("colAmountMin");
  const max = t("colAmountMax");
  summary.addRow([
    t("colPolicy"),
    t("colCount"),
    `${t("colFixed")}${max}`,
    `${t("colUpTo")}${min}`,
    `${t("colUpTo")}${max}`,
    `${t("colToWin")}${max}`,
    `${t("colSubtotal")}${min}`,
    `${t("colSubtotal")}${max}`,
  ]).font = bold;
  for (const p of [...model.byPolicy, { ...model.totals, policyName: t("total") }]) {
    const row = summary.addRow([
      p.policyName,
      p.clauses,
      p.fixed.max,
      p.upTo.min,
      p.upTo.max,
      p.toWin.max,
      p.overall.min,
      p.overall.max,
    ]);
    for (let c = 3; c <= 8; c++) row.getCell(c).numFmt = MONEY;
  }
  summary.lastRow!.font = bold;
  if (model.needsInfoCount > 0) {
    summary.addRow([]);
    summary.addRow([t("missingTitle", { count: model.needsInfoCount })]).font = bold;
    for (const f of model.missing)
      summary.addRow([f.label, f.clauses, f.ceiling ?? ""]).getCell(3).numFmt = MONEY;
  }
  summary.addRow([]);
  summary.addRow([t("disclaimer")]);

  const clauses = book.addWorksheet(t("sheetClauses"));
  clauses.columns = [
    { header: t("colPolicy"), width: 12 },
    { header: t("colClause"), width: 32 },
    { header: t("source"), width: 40 },
    { header: t("kind"), width: 14 },
    { header: min, width: 14, style: { numFmt: MONEY } },
    { header: max, width: 14, style: { numFmt: MONEY } },
    { header: t("calculation"), width: 50 },
    { header: t("readings"), width: 40 },
    { header: t("conditions"), width: 40 },
    { header: t("lead"), width: 14 },
    { header: t("prepare"), width: 40 },
    { header: t("channel"), width: 30 },
  ];
  clauses.getRow(1).font = bold;
  const lines = (l: readonly string[]) => l.join("\n");
  for (const c of model.clauses)
    clauses.addRow([
      c.policyName,
      c.title,
      c.citation,
      `${c.certaintyLabel}（${c.kindLabel}）`,
      c.amount?.min ?? "",
      c.amount?.max ?? "",
      lines(c.calculation),
      lines(c.readings),
      lines(c.conditions),
      c.lead,
      lines(c.prepare),
      c.channel,
    ]);
  clauses.eachRow((row) => (row.alignment = { wrapText: true, vertical: "top" }));

  const facts = book.addWorksheet(t("sheetFacts"));
  facts.columns = [
    { header: t("colSection"), width: 16 },
    { header: t("colFact"), width: 60 },
    { header: t("colValue"), width: 24 },
  ];
  facts.getRow(1).font = bold;
  for (const g of model.facts) for (const r of g.rows) facts.addRow([g.section, r.label, r.value]);

  return new Uint8Array(await book.xlsx.writeBuffer());
}
