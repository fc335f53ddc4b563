import { execFileSync } from "node:child_process";
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";

const PENDING_ROUTES = ["/staff"];
const STORAGE_KEY = "policy-calculator:self-check:v1";

function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const pending =
      message.text().includes("status of 404") &&
      PENDING_ROUTES.some((r) => new URL(message.location().url).pathname.startsWith(r));
    if (!pending) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const profile = {
  version: 1,
  enterprise: {
    name: "杭州示例生物医药有限公司",
    creditCode: "91330100MA2EXAMPLE",
    industries: ["biomedicine"],
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

/** Opens /report with a self-check saved in the browser, as the wizard leaves it. */
async function openReport(
  page: Page,
  saved: object | null = { profile, asOf: "2025-06-30", step: "biomedicine" },
) {
  await page.goto("/report");
  await page.evaluate(
    ([key, value]) =>
      value ? window.localStorage.setItem(key!, value) : window.localStorage.removeItem(key!),
    [STORAGE_KEY, saved ? JSON.stringify(saved) : null] as const,
  );
  await page.reload();
}

test("the report names the enterprise, the date and rules version, and lists the clauses with citations", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openReport(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("杭州示例生物医药有限公司");
  await expect(page.getByText("评估日期")).toBeVisible();
  await expect(page.getByText("2025-06-30")).toBeVisible();
  await expect(page.getByText(/^\d{4}\.\d{2}\+[0-9a-f]{8}$/)).toBeVisible();

  const row = page.locator('tr[data-clause="biomedicine/3"]');
  await expect(row).toContainText("（三）支持创新药品研发生产");
  await expect(row).toContainText("生物医药 · （三） · 第 3 页");
  await expect(row).toContainText("牵头单位：市经信局");
  await expect(row).toContainText("最高 12,000,000 元");
  await expect(row).toContainText("研发投入 30,000,000 元；× 40% = 12,000,000");
  await expect(page.getByTestId("report-total")).toHaveText("最高 12,000,000 元");
  await expect(page.getByRole("heading", { name: "待补充信息的条款" })).toBeVisible();
  await expect(page.getByText("免责声明")).toBeVisible();
  await expect(page.getByText(/以牵头部门的评审结果和正式通知为准/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("the 打印 button opens the print dialog", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await openReport(page);
  await page.getByRole("button", { name: "打印" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("printed to PDF with Chromium, the report holds the clause ids and the total on A4", async ({
  page,
}, testInfo) => {
  await openReport(page);
  await expect(page.getByTestId("report-total")).toBeVisible();
  const file = testInfo.outputPath("report.pdf");
  await page.pdf({ path: file, format: "A4", printBackground: true });
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
  expect(text).toContain("biomedicine/3");
  expect(text).toContain("最高 12,000,000 元");
  expect(text).toContain("杭州示例生物医药有限公司");
  expect(text).toContain("免责声明");
  // The page's chrome is not printed: no navigation, no print button.
  expect(text).not.toContain("政策库");
  expect(text).not.toContain("返回政策自测");
  const size = execFileSync("pdfinfo", [file]).toString("utf8");
  expect(size).toMatch(/Page size:\s+595(\.\d+)? x 842/); // A4 in points
});

test("the report is in English when the interface is", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await openReport(page);
  await expect(page.getByRole("heading", { name: /Clauses that may apply/ })).toBeVisible();
  await expect(page.getByTestId("report-total")).toHaveText("up to CNY 12,000,000");
  await expect(page.getByText("Disclaimer")).toBeVisible();
  // Headings in English; the article number stays as the text numbers it.
  await expect(
    page.getByText("（三） Supporting R&D and production of innovative drugs").first(),
  ).toBeVisible();
});

test("without a saved self-check the report says so and links back", async ({ page }) => {
  await openReport(page, null);
  await expect(page.getByText("还没有可用的自测结果")).toBeVisible();
  await expect(page.getByRole("link", { name: "返回政策自测" })).toHaveAttribute("href", "/check");
});

test("the report has no serious or critical accessibility violations", async ({ page }) => {
  await openReport(page);
  await expect(page.getByTestId("report-total")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("the report fits a 375 px phone screen", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openReport(page);
  await expect(page.getByTestId("report-total")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("report-375.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
