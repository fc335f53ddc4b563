import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BATCH_COLUMNS } from "@/lib/batch/columns";
import { FACT_SHEETS } from "@/lib/batch/fact-sheets";
import { LINK_HEADER } from "@/lib/batch/item-lists";
import { readBatchFile } from "@/lib/batch/read-file";
import { templateXlsx } from "@/lib/batch/template";
import { EXAMPLE_CODES } from "@/lib/batch/template-examples";
import { validateSheet } from "@/lib/batch/validate";

const bio = FACT_SHEETS.find((s) => s.section === "biomedicine")!;
const header = (path: string) => bio.fields.find((f) => f.path === path)!.header;

async function validate(wb: ExcelJS.Workbook) {
  const read = await readBatchFile(
    "f.xlsx",
    new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
  );
  if (!read.ok) throw new Error(read.problem);
  return validateSheet(read.sheet, read.items);
}

function workbook(rows: Record<string, string>[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ent = wb.addWorksheet("企业");
  ent.addRow(BATCH_COLUMNS.map((c) => c.header));
  EXAMPLE_CODES.slice(0, 2).forEach((code, i) =>
    ent.addRow(
      BATCH_COLUMNS.map((c) =>
        c.kind === "credit-code" ? code : c.kind === "text" ? `企业${i}` : "",
      ),
    ),
  );
  const ws = wb.addWorksheet(bio.sheet);
  ws.addRow([LINK_HEADER, ...bio.fields.map((f) => f.header)]);
  for (const r of rows) ws.addRow([r.code, ...bio.fields.map((f) => r[f.path] ?? "")]);
  return wb;
}

describe("the policy sheets (facts about each enterprise, one row each)", () => {
  it("one per policy, from the profile schema, each within 50 columns; groups name their title", () => {
    expect(FACT_SHEETS).toHaveLength(9);
    for (const s of FACT_SHEETS) expect(s.fields.length + 1).toBeLessThanOrEqual(50);
    expect(bio.fields.map((f) => f.header)).toContain("医疗机构：三级公立医院（是/否）");
    // The same label in two groups stays two columns.
    const twice = bio.fields.filter((f) => f.header.endsWith("委托双方无投资关联（是/否）"));
    expect(new Set(twice.map((f) => f.header)).size).toBe(2);
  });

  it("read back from the template into the example enterprise's profile", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()).buffer as ArrayBuffer);
    for (const s of FACT_SHEETS) expect(wb.getWorksheet(s.sheet)).toBeDefined();
    const read = await readBatchFile("t.xlsx", await templateXlsx());
    if (!read.ok) throw new Error(read.problem);
    const report = validateSheet(read.sheet, read.items);
    expect(report.problems).toEqual([]);
    expect(report.good[0]!.profile.biomedicine).toMatchObject({
      frontierResearch: true,
      highLevelTalent: false,
    });
  });

  it("nested facts land in their group; a bad cell or a second row names sheet, row, column and fix", async () => {
    const [a, b] = EXAMPLE_CODES;
    const report = await validate(
      workbook([
        {
          code: a!,
          "biomedicine.medicalInstitution.tertiaryPublicHospital": "是",
          "biomedicine.mahCommissioning.contractValueCurrent": "1200万",
        },
        { code: b!, "biomedicine.frontierResearch": "也许" },
        { code: a!, "biomedicine.highLevelTalent": "是" },
      ]),
    );
    expect(report.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      [bio.sheet, 3, header("biomedicine.frontierResearch")],
      [bio.sheet, 4, LINK_HEADER],
    ]);
    expect(report.problems[0]!.message.zh).toContain("请从下拉列表中选择“是”或“否”");
    expect(report.problems[1]!.message.zh).toContain("与第 2 行是同一家企业");
    expect(report.badRows).toBe(2);

    const ok = await validate(
      workbook([
        {
          code: a!,
          "biomedicine.medicalInstitution.tertiaryPublicHospital": "是",
          "biomedicine.mahCommissioning.contractValueCurrent": "1200万",
        },
      ]),
    );
    expect(ok.good[0]!.profile.biomedicine).toMatchObject({
      medicalInstitution: { tertiaryPublicHospital: true },
      mahCommissioning: { contractValueCurrent: 12_000_000 },
    });
  });
});
