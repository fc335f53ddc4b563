import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { threeEnterpriseProfiles } from "@/tests/helpers/batch-profiles";
import { creditCode, login, seedDemo, STAFF } from "./support/staff";

/**
 * The batch as staff use it (issue 18): download the Excel template, fill in the enterprise sheet
 * and the drug and project sheets by their headers, upload, evaluate, download the results — and
 * the amounts are the command line's on the same profiles.
 */
test.beforeAll(seedDemo);

const KEPT_SHEETS = new Set(["说明", "选项"]);

/** The template with its example rows removed and `rows` written under each sheet's headers. */
async function filledTemplate(
  page: Page,
  rows: Readonly<Record<string, Record<string, string>[]>>,
): Promise<Buffer> {
  const template = await page.request.get("/api/staff/batch/template");
  expect(template.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  const body = await template.body();
  await wb.xlsx.load(
    body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  );
  for (const ws of wb.worksheets) {
    if (KEPT_SHEETS.has(ws.name) || ws.rowCount < 2) continue;
    const headers = (ws.getRow(1).values as unknown[])
      .slice(1)
      .map((v) => String(v ?? "").replace(/\*$/, ""));
    // The example rows are emptied (as a user clears them), then ours are written from row 2.
    const ours = rows[ws.name] ?? [];
    for (let r = 2; r <= Math.max(ws.rowCount, ours.length + 1); r++) {
      const row = ws.getRow(r);
      headers.forEach((h, c) => (row.getCell(c + 1).value = ours[r - 2]?.[h] ?? null));
      row.commit();
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const enterprise = (code: string, name: string, industries: string) => ({
  企业名称: name,
  统一社会信用代码: code,
  所在区县: "西湖区",
  "所属产业（多个用顿号分隔）": industries,
  "在杭州注册（是/否）": "是",
  "规上企业（是/否）": "是",
  数据年度: "2025",
  "本年度营业收入（元）": "2亿",
  "上年度营业收入（元）": "150000000",
  "本年度研发投入（元）": "3000万",
});

const drug = (code: string, name: string, type: string, phase: string, rd: string) => ({
  统一社会信用代码: code,
  名称: name,
  药品类型: type,
  注册分类: "1 类",
  已在国内开展的临床试验阶段: phase,
  "注册申请人已获得许可并进行产业化（是/否）": "是",
  "该品种研发投入（累计）（元）": rd,
});

const project = (code: string, name: string, total: string, eligible: string, more = {}) => ({
  统一社会信用代码: code,
  名称: name,
  "投资年度（年份，如 2025）": "2024",
  "项目总投资（元）": total,
  "实际投资总额（不含土地、厂房、旧设备，含新设备、GMP 厂房装修等）（元）": eligible,
  "产业化项目（是/否）": "是",
  "已建成（完工）（是/否）": "是",
  ...more,
});

/** The same three enterprises as tests/helpers/batch-profiles.ts, in the template's sheets. */
const sheetsFor = (codes: readonly string[]) => ({
  企业: [
    enterprise(codes[0]!, "甲生物医药有限公司", "生物医药"),
    enterprise(codes[1]!, "乙生物制造有限公司", "生物医药"),
    enterprise(codes[2]!, "丙生物有限公司", "生物医药、合成生物"),
  ],
  药品: [
    drug(codes[0]!, "创新药一号", "化学药", "Ⅲ期", "8000万"),
    drug(codes[0]!, "创新药二号", "生物制品", "Ⅰ期", "1.2亿"),
    drug(codes[2]!, "生物药", "生物制品", "Ⅱ期", "50000000"),
  ],
  投资项目: [
    project(codes[1]!, "技改项目", "1.5亿", "1亿", {
      "工业固定资产投资项目（是/否）": "是",
      "已经主管部门认定（是/否）": "是",
    }),
    project(codes[2]!, "产业化项目", "6000万", "5000万"),
  ],
});

async function upload(page: Page, bytes: Buffer) {
  await page.goto("/staff/batch");
  await page.getByLabel("评估日期").fill("2025-06-30");
  await page.getByLabel("CSV 或 Excel 文件").setInputFiles({
    name: "批量评估.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: bytes,
  });
  await page.getByRole("button", { name: "上传并校验" }).click();
  await page.waitForURL(/\/staff\/batch\/[^/]+$/);
}

/** The command line on the same profiles, for the 2025 round: totals by credit code. */
function cliTotals(profiles: readonly object[]) {
  const dir = mkdtempSync(join(tmpdir(), "batch-e2e-"));
  const files = profiles.map((p, i) => {
    const file = join(dir, `${i}.json`);
    writeFileSync(file, JSON.stringify(p));
    return file;
  });
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/estimate.ts", ...files, "--round", "2025"],
    { encoding: "utf8" },
  );
  return out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { result: CliResult })
    .map(({ result }) => result.totals);
}
type CliResult = {
  totals: { overall: { min: number; max: number }; toWin: { min: number; max: number } };
};

/** The results CSV as rows keyed by header (no cell holds a comma in this test). */
function csvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const headers = head!.split(",").map((h) => h.replace(/^"|"$/g, ""));
  return lines.map((line) => {
    const cells = line.split(",").map((c) => c.replace(/^"|"$/g, ""));
    return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ""]));
  });
}

test("a workbook with drugs and projects for 3 enterprises evaluates to the command line's non-zero amounts", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const codes = [creditCode("MF"), creditCode("MF"), creditCode("MF")];
  await login(page, STAFF);
  await upload(page, await filledTemplate(page, sheetsFor(codes)));
  await expect(page.getByTestId("batch-bad")).toHaveText("0");
  await page.getByRole("button", { name: "开始评估 3 家企业" }).click();
  await expect(page.getByText("评估完成：3 家企业。")).toBeVisible({ timeout: 30_000 });

  const jobId = new URL(page.url()).pathname.split("/").pop();
  const csv = await page.request.get(`/api/staff/batch/${jobId}/results?format=csv`);
  const rows = csvRows(await csv.text());
  const cli = cliTotals(threeEnterpriseProfiles(codes));
  codes.forEach((code, i) => {
    const row = rows.find((r) => r["统一社会信用代码"] === code)!;
    expect(Number(row["合计最高（元）"])).toBe(cli[i]!.overall.max);
    const toWin = cli[i]!.toWin.max;
    expect(row["需争取（评审、排名等，元）"]).toBe(toWin ? `最高 ${toWin}` : "");
  });
  // 甲: phase III 8,000万 × 40% = 3,200万 and phase I 1.2亿 × 40% = 4,800万 → held to 1,000万:
  // 4,200万 to win by review; 乙: its industrialisation project 30% × 1亿 = 3,000万, fixed.
  expect(cli[0]!.toWin.max).toBe(42_000_000);
  expect(cli[1]!.overall.max).toBe(30_000_000);
});

test("bad cells in an item sheet are listed with their sheet, row, column and the fix", async ({
  page,
}) => {
  const codes = [creditCode("MF"), creditCode("MF"), creditCode("MF")];
  await login(page, STAFF);
  const sheets = sheetsFor(codes);
  sheets.药品[0] = {
    ...sheets.药品[0]!,
    "该品种研发投入（累计）（元）": "1,5万",
    药品类型: "西药",
  };
  await upload(page, await filledTemplate(page, sheets));
  const problems = page.getByRole("table", { name: "有问题的行、列和原因" });
  await expect(problems).toContainText("药品");
  await expect(problems).toContainText("第 2 行");
  await expect(problems).toContainText("该品种研发投入（累计）（元）");
  await expect(problems).toContainText("逗号不是千分位分隔");
  await expect(problems).toContainText("西药");
  await expect(problems).toContainText("请从下拉列表中选择");
});
