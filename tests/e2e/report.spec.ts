import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, test, type ConsoleMessage, type Page, type TestInfo } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";

// Printing a long report to PDF takes seconds of CPU on a busy machine.
test.describe.configure({ timeout: 120_000 });

const STORAGE_KEY = "policy-calculator:self-check:v1";
const example = (file: string) => JSON.parse(readFileSync(`examples/${file}`, "utf8"));

function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** One drug in phase II with 30,000,000 of R&D: a short report. */
const oneDrug = {
  version: 1,
  enterprise: {
    name: "杭州示例生物医药有限公司",
    creditCode: "91330100MA2EXAMPLE",
    industries: ["biomedicine"],
    fields: ["biomedicine"],
    roles: ["enterprise"],
  },
  biomedicine: {
    drugs: [
      {
        id: "d1",
        name: "SX-01 片",
        drugType: "chemical",
        registrationClass: "1",
        clinicalPhase: "II",
        licensedAndIndustrialised: true,
        rdInvestment: 30_000_000,
      },
    ],
  },
};

/** The innovative drug maker and the breeding company's synthetic-biology answers: a long report. */
const drugMaker = example("biomedicine-innovative-drug-maker.json");
const breeding = example("synthetic-biology-biomanufacturing-breeding.json");
const twoPolicies = {
  ...breeding,
  ...drugMaker,
  enterprise: { ...drugMaker.enterprise, industries: ["biomedicine", "synthetic-biology"] },
  syntheticBiology: breeding.syntheticBiology,
};

/**
 * Opens /report with a self-check saved in the browser, as the wizard leaves it: the 2025 round
 * (申报年度), for the events of 2024, when all nine policies are in force.
 */
async function openReport(page: Page, profile: object | null, round = 2025) {
  await page.goto("/report");
  await page.evaluate(
    ([key, value]) =>
      value ? window.localStorage.setItem(key!, value) : window.localStorage.removeItem(key!),
    [STORAGE_KEY, profile ? JSON.stringify({ profile, round, step: "review" }) : null] as const,
  );
  await page.reload();
}

/** Prints the page to PDF as Chromium's "Save as PDF" does (A4 from the page's CSS); text per page. */
async function printedPages(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  const file = testInfo.outputPath(`${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync("pdfinfo", [file]).toString("utf8");
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-f", `${i + 1}`, "-l", `${i + 1}`, "-layout", file, "-"])
      .toString("utf8")
      .replace(/\s+/g, ""),
  );
}

/**
 * Catalogue ids ("biomedicine/3"), profile paths ("finance.current.revenue") and enum keys never
 * reach a reader. Path segments have two letters or more: the text is compared without spaces,
 * so the English "e.g. synthetic biology" reads "e.g.syntheticbiology", which is no path.
 */
const INTERNAL =
  /\b(biomedicine|synthetic-biology|high-end-equipment)\/|\b[a-z]{2,}\.[a-z]{2,}(\[\])?\.[a-zA-Z]{2,}|\b(to-win|up-to|needs-info|non-monetary|ineligible|in-force|not-yet-effective)\b/;

const CASES = [
  {
    name: "one-drug",
    profile: oneDrug,
    enterprise: "杭州示例生物医药有限公司",
    zh: { first: "（三）支持创新药品研发生产", near: false },
    en: { first: "Art. (3) Supporting R&D and production of innovative drugs", near: false },
  },
  {
    name: "two-policies",
    profile: twoPolicies,
    enterprise: "杭州澄源生物医药有限公司",
    zh: { first: "（三）支持创新药品研发生产", near: false },
    en: { first: "Art. (3) Supporting R&D and production of innovative drugs", near: false },
  },
] as const;

const WORDS = {
  zh: {
    summary: "测算摘要",
    pageOf: (i: number, n: number) => `第 ${i} 页 / 共 ${n} 页`,
    parts: ["测算所依据的企业情况", "理解口径", "需准备的材料", "申报渠道", "政策状态", "免责声明"],
    near: "差一点符合的条款",
    title: "《杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施》第（三）条，第 3 页",
  },
  en: {
    summary: "Summary",
    pageOf: (i: number, n: number) => `Page ${i} of ${n}`,
    parts: [
      "The enterprise facts the estimate rests on",
      "Readings assumed",
      "What to prepare",
      "Where to apply",
      "Policy status",
      "Disclaimer",
    ],
    near: "Near misses",
    // The policy's own title, then its English rendering; no Chinese numerals in the citation.
    title:
      "《杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施》 (Measures of the General Office of the Hangzhou Municipal People's Government on Accelerating the High-Quality Development of the Biomedicine Industry), Art. (3), page 3",
  },
} as const;

for (const c of CASES)
  for (const lang of ["zh", "en"] as const)
    test(`the ${c.name} report in ${lang}, printed to PDF: summary and first clause on page 1, numbered pages with the enterprise, every part present, no internal names`, async ({
      page,
      context,
      baseURL,
    }, testInfo) => {
      const errors = watchForErrors(page);
      if (lang === "en")
        await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
      await openReport(page, c.profile);
      await expect(page.getByTestId("report-total")).toBeVisible();
      const w = WORDS[lang];
      const pages = await printedPages(page, testInfo, `${c.name}-${lang}`);
      expect(pages[0]).toContain(w.summary.replace(/\s+/g, ""));
      expect(pages[0]).toContain(`1.${c[lang].first}`.replace(/\s+/g, ""));
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(w.pageOf(i + 1, pages.length).replace(/\s+/g, ""));
        expect(text, `page ${i + 1}`).toContain(c.enterprise);
      });
      const all = pages.join("\n");
      for (const part of w.parts) expect(all).toContain(part.replace(/\s+/g, ""));
      expect(all).toContain(w.title.replace(/\s+/g, ""));
      if (c[lang].near) expect(all).toContain(w.near.replace(/\s+/g, ""));
      expect(all).not.toMatch(INTERNAL);
      // The page's chrome is not printed.
      expect(all).not.toContain(lang === "zh" ? "返回政策自测" : "Backtotheself-check");
      expect(errors).toEqual([]);
    });

test("下载 PDF names the file after the report and opens the print dialog once", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printed: string[] };
    w.printed = [];
    window.print = () => void w.printed.push(document.title);
  });
  await openReport(page, oneDrug);
  await page.getByRole("button", { name: "下载 PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([
    "政策申报测算报告-杭州示例生物医药有限公司-2025年申报",
  ]);
});

test("导出 Excel saves a workbook of the report", async ({ page }) => {
  await openReport(page, oneDrug);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 Excel" }).click();
  expect((await download).suggestedFilename()).toBe(
    "政策申报测算报告-杭州示例生物医药有限公司-2025年申报.xlsx",
  );
});

test("without a saved self-check the report says so and links back", async ({ page }) => {
  await openReport(page, null);
  await expect(page.getByText("还没有可用的自测结果")).toBeVisible();
  await expect(page.getByRole("link", { name: "返回政策自测" })).toHaveAttribute("href", "/check");
});

test("a first visit's report is in the page's HTML; a returning visitor never sees it, only the saved one", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/report")).text();
  expect(html).toContain("还没有可用的自测结果");
  // Without the app's scripts the page stays as the server sent it.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await page.goto("/report");
  await expect(page.getByText("还没有可用的自测结果")).toBeVisible();
  await expect(page.getByText("正在载入…", { exact: true })).toBeHidden();
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ profile: oneDrug, round: 2025, step: "start" })],
  );
  await page.reload();
  await expect(page.getByText("还没有可用的自测结果")).toBeHidden();
  await expect(page.getByText("正在载入…", { exact: true })).toBeVisible();
  // With them, the saved self-check's report replaces it.
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByTestId("report-total")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("还没有可用的自测结果")).toHaveCount(0);
});

test("the report has no serious or critical accessibility violations", async ({ page }) => {
  await openReport(page, twoPolicies);
  await expect(page.getByTestId("report-total")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("the report fits a 375 px phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openReport(page, twoPolicies);
  await expect(page.getByTestId("report-total")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("a staff report names the centre, the staff member and the client's code, and is audited as printed", async ({
  page,
}, testInfo) => {
  execFileSync(process.execPath, ["scripts/seed.mjs"], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    stdio: "pipe",
  });
  await page.goto(`/staff/login?next=${encodeURIComponent("/staff")}`);
  await page.getByLabel("邮箱").fill("staff@example.com");
  await page.getByLabel("密码").fill("demo-staff-2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname === "/staff");
  await page.goto(`/staff?q=${encodeURIComponent("澄源")}`);
  await page.getByRole("link", { name: "杭州澄源生物医药有限公司" }).first().click();
  await page.getByRole("button", { name: "评估并保存" }).click();
  await page.waitForURL(/\/evaluations\/[^/]+$/);
  const evaluationId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`${new URL(page.url()).pathname}/print`);
  await expect(page.getByText("企业政策测算报告（服务中心）").first()).toBeVisible();

  const pages = await printedPages(page, testInfo, "staff");
  const all = pages.join("\n");
  for (const text of [
    "服务中心",
    "经办人员西湖中心工作人员",
    "staff@example.com",
    "统一社会信用代码",
  ])
    expect(all).toContain(text);
  pages.forEach((text, i) => expect(text).toContain(`第${i + 1}页/共${pages.length}页`));

  const db = new Database("data/e2e.db", { readonly: true });
  const audit = db
    .prepare(
      "SELECT actorEmail, detailJson FROM AuditLog WHERE entity = 'evaluation' AND entityId = ? AND action = 'export'",
    )
    .all(evaluationId) as { actorEmail: string; detailJson: string }[];
  db.close();
  expect(audit).toContainEqual({
    actorEmail: "staff@example.com",
    detailJson: '{"format":"print"}',
  });

  const excel = await page.request.get(
    `${new URL(page.url()).pathname.replace(/\/print$/, "")}/excel`,
  );
  expect(excel.status()).toBe(200);
  expect(excel.headers()["content-type"]).toContain("spreadsheetml");
});
