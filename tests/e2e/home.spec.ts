import { expect, test } from "@playwright/test";
import { watchForErrors } from "./support/errors";

test("the home page introduces the tool in Chinese and switches to English and back", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto("/");

  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "看看贵企业能申报哪些产业政策补助",
  );
  await expect(page.getByRole("link", { name: "政策计算器" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "政策自测" })).toHaveAttribute("href", "/check");
  await expect(nav.getByRole("link", { name: "政策库" })).toHaveAttribute("href", "/policies");
  await expect(nav.getByRole("link", { name: "服务中心" })).toHaveAttribute("href", "/staff");
  await expect(page.getByRole("link", { name: "开始自测" })).toHaveAttribute("href", "/check");
  await expect(page.getByText("软件和信息技术服务")).toBeVisible();

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Find out which industrial-policy subsidies your enterprise can apply for",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/$/);

  // The choice is remembered across a fresh load.
  await page.reload();
  await expect(page.getByRole("link", { name: "Start the self-check" })).toBeVisible();

  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "看看贵企业能申报哪些产业政策补助",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  expect(errors).toEqual([]);
});

test("the home page fits a 375 px wide phone screen", async ({ page }) => {
  const errors = watchForErrors(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  await expect(page.getByRole("link", { name: "开始自测" })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test("an unknown address shows the Chinese 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
});

test("the health check answers ok from the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("printing hides the header and navigation", async ({ page }) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
