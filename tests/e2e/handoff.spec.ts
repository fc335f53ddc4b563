import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { shareFragment } from "@/lib/browser/share-link";
import { currentRound } from "@/lib/rounds";
import { seriousAxeViolations } from "./support/axe";
import { watchForErrors } from "./support/errors";
import { creditCode as code18, login as staffLogin, seedDemo, STAFF } from "./support/staff";

/**
 * Hand-off from the self-check (issue 18): an enterprise's share link or exported file, imported
 * by staff into an existing client (difference, consent) or a new one (the form filled in). The
 * same production build and data/e2e.db as staff.spec.ts.
 */
test.beforeAll(seedDemo);

const login = (page: Page, next = "/staff") => staffLogin(page, STAFF, next);
const creditCode = () => code18("MB");

/** The enterprise's self-check: the visual-intelligence example, with its credit code. */
function selfCheck(code: string) {
  const profile = JSON.parse(
    readFileSync("examples/visual-intelligence-software-sme.json", "utf8"),
  ) as { enterprise: Record<string, unknown>; finance: Record<string, { revenue: number }> };
  profile.enterprise.creditCode = code;
  profile.finance["2025"]!.revenue = 150_000_000;
  return profile;
}

test("a share link imported into a walk-in client shows the difference, needs consent and gives the self-check's total", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchForErrors(page);
  const code = creditCode();
  const round = currentRound().year;
  const link = `http://localhost/check${await shareFragment(selfCheck(code), round)}`;

  // What the enterprise sees in its self-check.
  await page.goto(`/check${link.slice(link.indexOf("#"))}`);
  await expect(page.getByText("已从链接恢复填写内容和申报年度。")).toBeVisible();
  // The results follow the restored answers a moment later (evaluated in the browser): wait for
  // them before reading the total (this profile is paid something).
  const selfCheckTotal = page.getByTestId("results-total");
  await expect(selfCheckTotal).not.toHaveAttribute("data-max", "0");
  const selfCheckMax = await selfCheckTotal.getAttribute("data-max");

  // A walk-in client, started with a name only.
  await login(page);
  await page.goto("/staff/clients/new");
  const name = `杭州交接端到端测试${code.slice(-6)}有限公司`;
  await page.getByLabel("企业名称").fill(name);
  await page.getByRole("button", { name: "创建客户" }).click();
  await page.waitForURL(/\/staff\/clients\/[^/]+\?saved=1$/);
  const clientPath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "导入企业自测" }).click();
  await page.waitForURL(`${clientPath}/import`);
  await page.getByRole("radio", { name: "分享链接" }).check();
  await page.getByRole("textbox", { name: "分享链接" }).fill("https://example.org/not-a-share");
  await page.getByRole("button", { name: "读取并预览变更" }).click();
  await expect(page.getByText("这不是自测的分享链接")).toBeVisible();

  await page.getByRole("radio", { name: "分享链接" }).check();
  await page.getByRole("textbox", { name: "分享链接" }).fill(link);
  await page.getByRole("button", { name: "读取并预览变更" }).click();
  const diff = page.getByTestId("import-diff");
  await expect(diff).toContainText("统一社会信用代码");
  await expect(diff).toContainText("15,000 万元");
  await expect(diff).not.toContainText("finance.");
  await expect(diff).not.toContainText("visual-intelligence");
  expect(await seriousAxeViolations(page), `${clientPath}/import`).toEqual([]);

  await page.getByLabel("企业已同意将自测信息交由本中心使用").check();
  await page.getByLabel("同意说明（可选）").fill("来访时当面同意");
  await page.getByRole("button", { name: "确认导入" }).click();
  await page.waitForURL(/\?imported=\d+$/);
  await expect(page.getByText(/已导入企业自测，\d+ 项信息已变更/)).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();

  // The saved evaluation for the same round has the self-check's total.
  await page.getByRole("button", { name: "评估并保存" }).click();
  await page.waitForURL(/\/evaluations\/[^/]+$/);
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", selfCheckMax!);
  expect(errors).toEqual([]);
});

test("an exported file fills in the new-client form; saving needs the enterprise's consent", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchForErrors(page);
  const code = creditCode();
  await login(page, "/staff/clients/new");
  await page.getByText("导入企业自测").click();
  await page.getByLabel("自测导出的文件").setInputFiles({
    name: "policy-self-check.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(selfCheck(code), null, 2)),
  });
  await page.getByRole("button", { name: "读取并填入表单" }).click();
  await expect(page.getByText(/已从企业自测（导出文件）填入表单/)).toBeVisible();
  await expect(page.getByLabel("企业名称")).toHaveValue("杭州瞳行软件有限公司");
  await expect(page.getByLabel("统一社会信用代码")).toHaveValue(code);
  await expect(page.getByLabel("所在区、县（市）")).toHaveValue("余杭区");

  await page.getByRole("button", { name: "创建客户" }).click();
  await expect(page.getByText("请先勾选“企业已同意将自测信息交由本中心使用”")).toBeVisible();
  await page.getByLabel("企业已同意将自测信息交由本中心使用").check();
  await page.getByRole("button", { name: "创建客户" }).click();
  await page.waitForURL(/\/staff\/clients\/[^/]+\?saved=1$/);
  await expect(page.getByText(code)).toBeVisible();
  expect(errors).toEqual([]);
});
