import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { normaliseHeader } from "@/lib/batch/columns";
import { ITEM_LISTS, LINK_HEADER, listForSheet } from "@/lib/batch/item-lists";
import { summarise } from "@/lib/batch/summary";
import { templateXlsx } from "@/lib/batch/template";
import { EXAMPLE_CODES } from "@/lib/batch/template-examples";
import { threeEnterpriseProfiles } from "@/tests/helpers/batch-profiles";
import { profile } from "@/tests/helpers/profile";
import {
  bytesOf,
  drugs,
  enterprise,
  fieldHeader,
  header,
  readAndValidate,
  threeEnterprises,
  workbook,
} from "@/tests/helpers/batch-workbook";
import { isValidCreditCode } from "@/lib/clients/credit-code";
import { evaluate } from "@/lib/engine/evaluate";
import { roundOf } from "@/lib/engine/round";
import { registry } from "@/rules";

describe("the batch workbook template", () => {
  it("has an enterprise sheet, a 说明 sheet and one sheet per item list, with Zhejiang example codes", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()).buffer as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("企业");
    expect(names).toContain("说明");
    for (const l of ITEM_LISTS) expect(names).toContain(l.sheet);
    // Sheet names are told apart as people retype them too (brackets and spaces dropped).
    const retyped = ITEM_LISTS.map((l) => normaliseHeader(l.title));
    expect(new Set(retyped).size).toBe(ITEM_LISTS.length);
    for (const l of ITEM_LISTS) expect(listForSheet(l.title.replace(/（[^）]*）/g, ""))).toBe(l);
    expect(ITEM_LISTS.length).toBeGreaterThanOrEqual(30);
    for (const code of EXAMPLE_CODES) {
      expect(code.startsWith("9133")).toBe(true);
      expect(isValidCreditCode(code)).toBe(true);
    }
    const drugSheet = wb.getWorksheet("药品")!;
    expect(drugSheet.getRow(1).getCell(1).value).toBe(`${LINK_HEADER}*`);
    const rd = drugSheet.getRow(1).values as unknown[];
    expect(rd).toContain("该品种研发投入（累计）（元）");
    // Choices and yes/no carry drop-downs.
    const xml = JSON.stringify(drugSheet.model);
    expect(xml).toContain("'选项'!");
  });

  it("reads back unchanged: 3 example enterprises, their drugs, devices, projects, loans", async () => {
    const report = await readAndValidate(await templateXlsx());
    expect(report.fileProblems).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.good.map((g) => g.creditCode)).toEqual([...EXAMPLE_CODES]);
    const [bio, equipment] = report.good.map((g) => g.profile);
    expect(bio!.biomedicine?.drugs?.[0]).toMatchObject({
      id: "D1",
      name: "示例创新药 A",
      drugType: "chemical",
      registrationClass: "1",
      clinicalPhase: "II",
      rdInvestment: 30_000_000,
      registrationCertificate: false,
    });
    expect(equipment!.projects?.[0]).toMatchObject({ id: "P1", eligibleInvestment: 80_000_000 });
    expect(equipment!.loans?.[0]).toMatchObject({ projectId: "P1", kind: "bank-loan" });
  });
});

describe("a workbook with drugs and projects for 3 enterprises", () => {
  const codes = EXAMPLE_CODES;
  const wb = () => threeEnterprises(codes);

  const direct = threeEnterpriseProfiles(codes).map((p) => profile(p));

  it("evaluates to non-zero amounts equal to evaluating the same profiles directly", async () => {
    const report = await readAndValidate(await bytesOf(wb()));
    expect(report.problems).toEqual([]);
    expect(report.good).toHaveLength(3);
    const round = roundOf(2025);
    report.good.forEach((g, i) => {
      expect(g.profile).toEqual(direct[i]);
      const fromFile = summarise(evaluate(registry, g.profile, round), g.profile);
      const fromProfile = evaluate(registry, direct[i]!, round);
      expect(fromFile.totalMax).toBe(fromProfile.totals.overall.max);
      expect(fromFile.toWin[1]).toBe(fromProfile.totals.toWin.max);
      expect(fromFile.fixed[1] + fromFile.upTo[1]).toBe(fromProfile.totals.overall.max);
      // Drugs and projects pay: not a bare 0.
      expect(fromFile.totalMax + fromFile.toWin[1]).toBeGreaterThan(0);
    });
    const [a, b, c] = report.good.map((g) =>
      summarise(evaluate(registry, g.profile, round), g.profile),
    );
    // 甲: phase III 8000万 × 40% = 3200万 (cap 4000万) + phase I 1.2亿 × 40% = 4800万 → cap 1000万.
    expect(a!.toWin).toEqual([0, 42_000_000]);
    // 乙: its industrialisation project pays a fixed 3000万; 丙: its project 1500万, its drug
    // (phase II) 5000万 × 40% = 2000万, the phase-II cap.
    expect(b!.fixed).toEqual([30_000_000, 30_000_000]);
    expect(c!.fixed).toEqual([15_000_000, 15_000_000]);
    expect(c!.toWin).toEqual([0, 20_000_000]);
  });
});

describe("every bad cell names sheet, row, column, the value and the fix", () => {
  it("in the enterprise sheet and the item sheets, in Chinese and English", async () => {
    const codes = EXAMPLE_CODES;
    const bad = workbook(
      [
        { ...enterprise(codes[0]!, "甲公司", "生物医药"), "finance.current.revenue": "abc" },
        enterprise(codes[1]!, "乙公司", "生物医药"),
        enterprise(codes[1]!, "乙公司（重复）", "生物医药"),
      ],
      [
        {
          list: drugs,
          rows: [
            { code: codes[1]!, name: "药一", rdInvestment: "1,5万" },
            { code: codes[1]!, name: "药二", drugType: "西药" },
            { code: "91330106MA2B0000XX", name: "药三" },
            { code: codes[2]!, name: "药四" },
            { code: codes[1]!, name: "", registrationCertificate: "可能" },
          ],
        },
      ],
    );
    const report = await readAndValidate(await bytesOf(bad));
    const find = (sheet: string | undefined, row: number) =>
      report.problems.filter((p) => p.sheet === sheet && p.row === row);
    const revenue = find(undefined, 2)[0]!;
    expect(revenue.column).toBe(header("finance.current.revenue"));
    expect(revenue.value).toBe("abc");
    expect(revenue.message.zh).toContain("请填写数字，单位为元，例如 10000000");
    expect(revenue.message.en).toContain("e.g. 10000000");
    expect(find(undefined, 4)[0]!.message.zh).toContain("与第 3 行的信用代码重复");

    const comma = find("药品", 2)[0]!;
    expect(comma.column).toBe(fieldHeader(drugs, "rdInvestment"));
    expect(comma.message.zh).toContain("逗号不是千分位分隔");
    const choice = find("药品", 3)[0]!;
    expect(choice).toMatchObject({ column: "药品类型", value: "西药" });
    expect(choice.message.zh).toContain("请从下拉列表中选择（化学药、生物制品");
    expect(find("药品", 4)[0]!.message.zh).toContain("不是有效的统一社会信用代码");
    const unknown = find("药品", 5)[0]!;
    expect(unknown.column).toBe(LINK_HEADER);
    expect(unknown.message.zh).toContain("不在“企业”表中");
    expect(unknown.message.en).toContain("is not in the 企业 sheet");
    const row6 = find("药品", 6);
    expect(row6.map((p) => p.column)).toEqual([
      fieldHeader(drugs, "registrationCertificate"),
      fieldHeader(drugs, "name"),
    ]);
    expect(row6[0]!.message.zh).toContain("请从下拉列表中选择“是”或“否”");
    expect(row6[1]!.message.zh).toContain("必填");
    // Enterprise 甲 (revenue) and both 乙 rows (their drugs, the repeated code) are bad.
    expect(report.badRows).toBe(3);
  });
});

describe("a problem the profile schema finds in an item", () => {
  it("is placed on its sheet, row and column (a certificate year of 1999 is before 2000)", async () => {
    const code = EXAMPLE_CODES[0]!;
    const report = await readAndValidate(
      await bytesOf(
        workbook(
          [enterprise(code, "甲公司", "生物医药")],
          [
            {
              list: drugs,
              rows: [
                { code, name: "药一" },
                { code, name: "药二", certificateYear: "1999" },
              ],
            },
          ],
        ),
      ),
    );
    expect(report.badRows).toBe(1);
    expect(report.problems).toHaveLength(1);
    const [p] = report.problems;
    expect(p).toMatchObject({
      sheet: "药品",
      row: 3,
      column: fieldHeader(drugs, "certificateYear"),
    });
    expect(p!.message.zh).toContain("获得注册证书的年度");
    expect(p!.message.en).toContain("Year the registration certificate was obtained");
  });
});
