import "server-only";
import { t, type Text } from "@/lib/engine/text";
import { factForHeader, factSheetFor, type FactSheet } from "./fact-sheets";
import { parseItemCell } from "./item-cells";
import { LINK_HEADER, isLinkHeader } from "./item-lists";
import type { NamedSheet } from "./sheet-rows";
import { linkedEnterprise, setAt, type Enterprise, type Problem } from "./validate-items";

/**
 * Reads the policy sheets (one row per enterprise: the facts about it under one policy) into the
 * enterprises' profiles. Every bad cell, unknown credit code or second row for an enterprise is a
 * problem naming sheet, row and column, and marks its enterprise as bad.
 */
export function attachFacts(
  sheets: readonly NamedSheet[],
  enterprises: ReadonlyMap<string, Enterprise>,
  report: (p: Problem) => void,
): Text[] {
  const fileProblems: Text[] = [];
  const seen = new Set<FactSheet>();
  for (const named of sheets) {
    const facts = factSheetFor(named.name);
    if (!facts) continue;
    if (seen.has(facts)) {
      fileProblems.push(
        t(
          `“${named.name}”表出现了两次：请把同一张表的行合并到一起`,
          `The sheet “${named.name}” appears twice: put its rows in one sheet`,
        ),
      );
      continue;
    }
    seen.add(facts);
    const { sheet } = named;
    const linkAt = sheet.headers.findIndex((h) => h && isLinkHeader(h));
    if (linkAt < 0) {
      fileProblems.push(
        t(
          `“${named.name}”表缺少“${LINK_HEADER}”列：请在第一列填写每行企业的信用代码`,
          `The sheet “${named.name}” has no “${LINK_HEADER}” column: its first column must hold each row's enterprise credit code`,
        ),
      );
      continue;
    }
    const fields = sheet.headers.map((h, i) =>
      i === linkAt || !h ? undefined : factForHeader(facts, h),
    );
    const firstRow = new Map<Enterprise, number>();
    sheet.rows.forEach((cells, i) => {
      if (!cells.some((c) => c !== "")) return;
      const row = sheet.firstRowNumber + i;
      const at = (column: string, value: string, message: Text) =>
        report({ sheet: named.name, row, column, value, message });
      const linked = linkedEnterprise(cells[linkAt] ?? "", enterprises);
      if ("message" in linked)
        return at(sheet.headers[linkAt]!, cells[linkAt] ?? "", linked.message);
      const { enterprise } = linked;
      const first = firstRow.get(enterprise);
      if (first !== undefined) {
        enterprise.bad = true;
        return at(
          sheet.headers[linkAt]!,
          cells[linkAt]!,
          t(
            `与第 ${first} 行是同一家企业：本表每家企业只填一行，请合并这两行`,
            `Same enterprise as row ${first}: one row per enterprise in this sheet; merge the two rows`,
          ),
        );
      }
      firstRow.set(enterprise, row);
      fields.forEach((field, c) => {
        const value = cells[c] ?? "";
        if (!field || value === "") return;
        const cell = parseItemCell(field, value);
        if (!cell.ok) {
          at(sheet.headers[c]!, value, cell.message);
          enterprise.bad = true;
          return;
        }
        setAt(enterprise.profile, field.path, cell.value);
        enterprise.factCells.set(field.path, { sheet: named.name, row, column: sheet.headers[c]! });
      });
    });
  }
  return fileProblems;
}
