import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { BATCH_COLUMNS } from "./columns";
import { ITEM_LISTS, LINK_HEADER, type ItemField, type ItemList } from "./item-lists";
import { random, sampleSheet } from "./sample";

/** The lists sample enterprises get items in, by the industry that has them (any: every one). */
const SAMPLE_LISTS: readonly (readonly [path: string, industry: string | "any"])[] = [
  ["biomedicine.drugs", "生物医药"],
  ["biomedicine.devices", "生物医药"],
  ["projects", "any"],
  ["loans", "any"],
  ["platforms", "any"],
  ["highEndEquipment.firstSetProducts", "高端装备"],
  ["newMaterials.firstBatchMaterials", "新材料"],
  ["software.firstVersionProducts", "软件和信息技术服务"],
  ["integratedCircuits.projects", "集成电路"],
  ["artificialIntelligence.models", "人工智能"],
];

type Rnd = () => number;

function cellFor(field: ItemField, rnd: Rnd, name: string): string | number {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  switch (field.kind) {
    case "id":
      return "";
    case "text":
      return field.key === "name" ? name : "";
    case "flag":
      return rnd() < 0.7 ? "是" : "否";
    case "choice":
    case "choices":
      return pick(field.options!)[1];
    case "money": {
      const yuan = Math.round(rnd() * 200) * 500_000;
      // A third as people write it: "3000万".
      return rnd() < 0.3 && yuan % 10_000 === 0 ? `${yuan / 10_000}万` : yuan;
    }
    case "percent":
      return Math.round(rnd() * 50);
    case "number":
      if (field.header.includes("年份")) return 2023 + Math.floor(rnd() * 2);
      if (field.label.includes("第几")) return 1 + Math.floor(rnd() * 3);
      return Math.round(rnd() * 500);
  }
}

/**
 * A batch workbook of `count` sample enterprises (lib/batch/sample.ts) and about `itemsEach` items
 * each, in the lists of their industries, written with exceljs's streaming writer. For benchmarks
 * and tests; every cell is valid.
 */
export async function sampleWorkbook(count: number, seed = 1, itemsEach = 3): Promise<Uint8Array> {
  const rnd = random(seed * 7919);
  const sheet = sampleSheet(count, seed);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const enterprises = wb.addWorksheet("企业");
  const moneyAt = new Set(BATCH_COLUMNS.flatMap((c, i) => (c.kind === "money" ? [i] : [])));
  sheet.forEach((row, r) =>
    enterprises
      .addRow(r === 0 ? row : row.map((v, i) => (moneyAt.has(i) && v !== "" ? Number(v) : v)))
      .commit(),
  );
  await enterprises.commit();

  const lists = SAMPLE_LISTS.map(([path, industry]) => ({
    list: ITEM_LISTS.find((l) => l.path === path)!,
    industry,
    rows: [] as (string | number)[][],
  }));
  const codeAt = BATCH_COLUMNS.findIndex((c) => c.kind === "credit-code");
  const industriesAt = BATCH_COLUMNS.findIndex((c) => c.kind === "industries");
  for (const row of sheet.slice(1)) {
    const fitting = lists.filter(
      (l) => l.industry === "any" || row[industriesAt]!.includes(l.industry),
    );
    const n = Math.max(1, Math.round(itemsEach - 1 + rnd() * 2));
    for (let k = 0; k < n; k++) {
      const target = fitting[Math.floor(rnd() * fitting.length)]!;
      const name = `${target.list.title}${target.rows.length + 1}`;
      target.rows.push([row[codeAt]!, ...target.list.fields.map((f) => cellFor(f, rnd, name))]);
    }
  }
  for (const { list, rows } of lists) await writeItems(wb, list, rows);
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

async function writeItems(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  list: ItemList,
  rows: readonly (string | number)[][],
): Promise<void> {
  const ws = wb.addWorksheet(list.sheet);
  ws.addRow([LINK_HEADER, ...list.fields.map((f) => f.header)]).commit();
  for (const r of rows) ws.addRow(r).commit();
  await ws.commit();
}
