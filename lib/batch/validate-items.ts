import "server-only";
import { t, type Text } from "@/lib/engine/text";
import {
  CREDIT_CODE_MESSAGES,
  creditCodeProblem,
  normaliseCreditCode,
} from "@/lib/clients/credit-code";
import { parseItemCell } from "./item-cells";
import {
  LINK_HEADER,
  fieldForHeader,
  isLinkHeader,
  listForSheet,
  type ItemField,
  type ItemList,
} from "./item-lists";
import type { NamedSheet } from "./sheet-rows";

/** Where a problem is: sheet (absent for the enterprise sheet), row, column header, the value. */
export type Problem = {
  readonly sheet?: string;
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: Text;
};

/** An enterprise row being built: its profile (not yet parsed) and where its items came from. */
export type Enterprise = {
  readonly row: number;
  readonly profile: Record<string, unknown>;
  bad: boolean;
  /** list path → for each item index, its sheet, row and the header of each field. */
  readonly itemRows: Map<string, { sheet: string; row: number; headers: Map<string, string> }[]>;
  /** fact path → the policy sheet, row and column it was read from. */
  readonly factCells: Map<string, { sheet: string; row: number; column: string }>;
};

export const creditCodeMessage = (raw: string, problem: keyof typeof CREDIT_CODE_MESSAGES): Text =>
  t(
    `“${raw}”不是有效的统一社会信用代码：${CREDIT_CODE_MESSAGES[problem].zh}；请按营业执照填写 18 位代码`,
    `“${raw}” is not a valid unified social credit code: it ${CREDIT_CODE_MESSAGES[problem].en}; copy the 18 characters from the business licence`,
  );

/** Sets `value` at a dotted path, creating the objects on the way. */
export function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

/** The enterprise a row's credit code names, or a problem saying what is wrong and the fix. */
export function linkedEnterprise(
  raw: string,
  enterprises: ReadonlyMap<string, Enterprise>,
): { enterprise: Enterprise; code: string } | { message: Text } {
  if (!raw)
    return {
      message: t(
        "必填：请填写该行所属企业的统一社会信用代码（与“企业”表中一致）",
        "Required: enter the credit code of the enterprise this row belongs to (as in the 企业 sheet)",
      ),
    };
  const code = normaliseCreditCode(raw);
  const problem = creditCodeProblem(code);
  if (problem) return { message: creditCodeMessage(raw, problem) };
  const enterprise = enterprises.get(code);
  if (!enterprise)
    return {
      message: t(
        `信用代码“${raw}”不在“企业”表中：请先在“企业”表中添加这家企业，或更正信用代码`,
        `The credit code “${raw}” is not in the 企业 sheet: add the enterprise there first, or correct the code`,
      ),
    };
  return { enterprise, code };
}

function pushItem(profile: Record<string, unknown>, path: string, item: unknown): number {
  const parts = path.split(".");
  let node = profile;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  const key = parts[parts.length - 1]!;
  const list = (node[key] ??= []) as unknown[];
  list.push(item);
  return list.length - 1;
}

type Report = (p: Problem) => void;

const listKey = (list: ItemList) => list.path.split(".").pop()!;

function readItemSheet(
  list: ItemList,
  named: NamedSheet,
  enterprises: ReadonlyMap<string, Enterprise>,
  report: Report,
  fileProblems: Text[],
): void {
  const { sheet } = named;
  const linkAt = sheet.headers.findIndex((h) => h && isLinkHeader(h));
  if (linkAt < 0) {
    fileProblems.push(
      t(
        `“${named.name}”表缺少“${LINK_HEADER}”列：请在第一列填写每行所属企业的信用代码`,
        `The sheet “${named.name}” has no “${LINK_HEADER}” column: its first column must hold each row's enterprise credit code`,
      ),
    );
    return;
  }
  const fields = sheet.headers.map((h, i) =>
    i === linkAt || !h ? undefined : fieldForHeader(list, h),
  );
  const nameField = list.fields.find((f) => f.key === "name");
  const nameAt = nameField ? fields.indexOf(nameField) : -1;
  const seenIds = new Map<string, number>();

  sheet.rows.forEach((cells, i) => {
    if (!cells.some((c) => c !== "")) return;
    const row = sheet.firstRowNumber + i;
    const at = (column: string, value: string, message: Text) =>
      report({ sheet: named.name, row, column, value, message });
    const linked = linkedEnterprise(cells[linkAt] ?? "", enterprises);
    if ("message" in linked) return at(sheet.headers[linkAt]!, cells[linkAt] ?? "", linked.message);
    const { enterprise, code } = linked;
    const item: Record<string, unknown> = {};
    const headers = new Map<string, string>();
    let bad = false;
    fields.forEach((field, c) => {
      if (!field) return;
      headers.set(field.key, sheet.headers[c]!);
      const value = cells[c] ?? "";
      if (value === "") return;
      const cell = parseItemCell(field, value);
      if (!cell.ok) {
        at(sheet.headers[c]!, value, cell.message);
        bad = true;
      } else item[field.key] = cell.value;
    });
    if (nameField && !item.name) {
      at(
        nameAt >= 0 ? sheet.headers[nameAt]! : nameField.header,
        "",
        t(
          `必填：请填写${list.title}的名称`,
          `Required: enter the name of the ${list.titleEn.toLowerCase()}`,
        ),
      );
      bad = true;
    }
    // Without an ID, the sheet and row make one (unique across drugs and devices, which share IDs).
    const id = typeof item.id === "string" && item.id ? item.id : `${listKey(list)}-${row}`;
    const idKey = `${code}\u0000${id}`;
    const first = seenIds.get(idKey);
    if (first !== undefined) {
      at(
        headers.get("id") ?? "编号",
        id,
        t(
          `编号“${id}”与第 ${first} 行重复：同一企业在同一表中的编号不能相同，请改用其他编号或留空`,
          `The ID “${id}” repeats row ${first}: IDs must differ within one enterprise and sheet; change it or leave it empty`,
        ),
      );
      bad = true;
    } else seenIds.set(idKey, row);
    item.id = id;
    if (bad) {
      enterprise.bad = true;
      return;
    }
    const index = pushItem(enterprise.profile, list.path, item);
    const rows = enterprise.itemRows.get(list.path) ?? [];
    rows[index] = { sheet: named.name, row, headers };
    enterprise.itemRows.set(list.path, rows);
  });
}

/**
 * Reads the item sheets into the enterprises' profiles. Rows of unknown sheets are left alone;
 * every bad cell, unknown credit code or repeated ID is a problem naming sheet, row and column,
 * and marks its enterprise as bad.
 */
export function attachItems(
  sheets: readonly NamedSheet[],
  enterprises: ReadonlyMap<string, Enterprise>,
  report: Report,
): Text[] {
  const fileProblems: Text[] = [];
  const seen = new Set<ItemList>();
  for (const named of sheets) {
    const list = listForSheet(named.name);
    if (!list) continue;
    if (seen.has(list)) {
      fileProblems.push(
        t(
          `“${named.name}”表出现了两次：请把同一清单的行合并到一张表中`,
          `The sheet “${named.name}” appears twice: put all rows of one list in one sheet`,
        ),
      );
      continue;
    }
    seen.add(list);
    readItemSheet(list, named, enterprises, report, fileProblems);
  }
  return fileProblems;
}

/** The sheet, row and column of a profile problem inside a list ("biomedicine.drugs.0.rdInvestment"). */
export function locateItemProblem(
  enterprise: Enterprise,
  path: string,
): { sheet: string; row: number; column: string } | undefined {
  for (const [listPath, rows] of enterprise.itemRows) {
    if (!path.startsWith(`${listPath}.`)) continue;
    const [index, key] = path.slice(listPath.length + 1).split(".");
    const at = rows[Number(index)];
    if (!at) return undefined;
    return { sheet: at.sheet, row: at.row, column: (key && at.headers.get(key)) || "" };
  }
  return undefined;
}

export type { ItemField };
