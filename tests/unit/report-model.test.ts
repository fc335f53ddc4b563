import { roundOf } from "@/lib/engine/round";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/engine/evaluate";
import type { ClauseResult } from "@/lib/engine/types";
import zh from "@/messages/zh.json";
import { parseProfile } from "@/lib/profile/parse";
import { certaintyOf } from "@/lib/report/certainty";
import { articleRef } from "@/lib/report/citation";
import { reportWorkbook } from "@/lib/report/excel";
import { buildReport } from "@/lib/report/model";
import { registry } from "@/rules";

function example(file: string) {
  const parsed = parseProfile(JSON.parse(readFileSync(`examples/${file}`, "utf8")));
  if (!parsed.ok) throw new Error(file);
  return parsed.profile;
}

const drugMaker = example("biomedicine-innovative-drug-maker.json");
const result = evaluate(registry, drugMaker, roundOf(2025));
const model = buildReport({
  profile: drugMaker,
  result,
  lang: "zh",
  printedAt: "2025-07-01T02:00:00Z",
});

describe("certaintyOf (readings rule 9)", () => {
  const base = { requiresReview: false, amount: { min: 0, max: 0 } } as ClauseResult;
  it("a clause after review or selection is to win, whatever its amount", () =>
    expect(certaintyOf({ ...base, requiresReview: true, amount: { min: 5, max: 5 } })).toBe(
      "to-win",
    ));
  it("min = max > 0 is fixed; a range or no figure is up to", () => {
    expect(certaintyOf({ ...base, amount: { min: 5, max: 5 } })).toBe("fixed");
    expect(certaintyOf({ ...base, amount: { min: 0, max: 5 } })).toBe("up-to");
    expect(certaintyOf({ ...base, amount: null })).toBe("up-to");
  });
});

describe("articleRef", () => {
  it.each([
    ["（三）", "第（三）条"],
    ["二、", "第二条"],
    ["三、（二）", "第三部分第（二）条"],
    ["二、（五）3.", "第二部分第（五）条第 3 项"],
  ])("%s → %s", (article, cited) => expect(articleRef(article, "zh")).toBe(cited));
});

describe("the report of the innovative drug maker in the 2025 round", () => {
  it("splits 61,660,000 into fixed 22,660,000 + up to 1,000,000 (the 23,660,000 total) and 38,000,000 to win", () => {
    // The engine's overall is fixed + up to; the 38,000,000 after review stands apart.
    expect(result.totals.overall.max).toBe(23_660_000);
    expect(result.totals.toWin.max).toBe(38_000_000);
    expect(model.totals.fixed).toEqual({ min: 22_660_000, max: 22_660_000 });
    expect(model.totals.upTo).toEqual({ min: 0, max: 1_000_000 });
    expect(model.totals.toWin).toEqual({ min: 0, max: 38_000_000 });
    // The headline is fixed + up to: 22,660,000 – 23,660,000.
    expect(model.totals.overall).toEqual({ min: 22_660_000, max: 23_660_000 });
  });

  it("cites clause （三） with the policy's full title and page, and computes 45,000,000 × 40% = 18,000,000", () => {
    const c = model.clauses.find((x) => x.title === "（三）支持创新药品研发生产")!;
    expect(c.citation).toBe(
      "《杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施》第（三）条，第 3 页",
    );
    expect(c.calculation.join("")).toContain("研发投入 45,000,000 元；× 40% = 18,000,000");
    expect(c.certaintyLabel).toBe("需评审或评选");
    expect(c.lead).toBe("市经信局");
    expect(c.prepare).toContain("签署申报材料真实性承诺书（2025 年申报通知）");
    expect(c.channel).toContain("企事通直报平台");
    expect(c.conditions).toContain("已在国内开展Ⅰ、Ⅱ或Ⅲ期临床试验");
  });

  it("lists the facts read, by list item, with units", () => {
    const rows = model.facts.flatMap((g) => g.rows);
    expect(rows).toContainEqual({
      label: expect.stringMatching(/^药品「CY-101 片（1 类化学药）」：.*研发投入/),
      value: "45,000,000 元",
    });
    expect(model.facts.map((g) => g.section)).toContain("生物医药");
  });

  it("gives annual figures their calendar year (events of 2024 in the 2025 round)", () => {
    const profile = example("synthetic-biology-collagen-cosmetics.json");
    const other = buildReport({
      profile,
      result: evaluate(registry, profile, roundOf(2025)),
      lang: "zh",
      printedAt: "2025-07-01T02:00:00Z",
    });
    expect(other.facts.flatMap((g) => g.rows)).toContainEqual({
      label: "2024 年研发投入",
      value: "36,000,000 元",
    });
    // A list item's relative figures too: its 本年度 / 上年度 sales are 2024's and 2023's.
    expect(other.facts.flatMap((g) => g.rows)).toContainEqual({
      label: "医疗美容药械「重组Ⅲ型人源化胶原蛋白冻干纤维」：2023 年销售额",
      value: "21,000,000 元",
    });
  });

  it("ranks the missing facts by the ceilings of the clauses they settle", () => {
    const ceilings = model.missing.map((f) => f.ceiling ?? -1);
    expect(ceilings).toEqual([...ceilings].sort((a, b) => b - a));
    expect(model.needsInfoCount).toBe(12);
  });
});

describe("the Excel export", () => {
  it("opens with exceljs and holds the page's totals, the clauses and the facts", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportWorkbook(model, zh)).buffer as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["汇总", "条款", "企业情况"]);
    const summary = book.getWorksheet("汇总")!;
    const totalRow = summary
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[1] === "合计") as unknown[];
    // 合计: fixed 22,660,000 · up to 0–1,000,000 · to win 38,000,000 · headline 22,660,000–23,660,000.
    expect(totalRow.slice(3, 9)).toEqual([
      22_660_000, 0, 1_000_000, 38_000_000, 22_660_000, 23_660_000,
    ]);
    expect(book.getWorksheet("条款")!.rowCount).toBe(1 + model.clauses.length);
    expect(book.getWorksheet("企业情况")!.rowCount).toBe(
      1 + model.facts.reduce((n, g) => n + g.rows.length, 0),
    );
  });
});
