import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";

// axe on the long policy pages is slow on a loaded machine.
test.beforeEach(() => test.slow());

test("the library lists the nine policies with their status and finds clauses by their wording", async ({
  page,
}) => {
  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("政策库");
  await expect(page.getByRole("link", { name: "生物医药", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "合成生物", exact: true })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole("searchbox", { name: "搜索条款原文" }).fill("研发投入");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText(/共找到 \d+ 条条款/)).toBeVisible();
  await page.getByRole("link", { name: /biomedicine\/3 / }).click();
  await expect(page).toHaveURL(/\/policies\/biomedicine#clause-3$/);
});

test("a policy page shows each clause's citation, amount rule and original text", async ({
  page,
}) => {
  await page.goto("/policies/biomedicine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("生物医药");
  const clause = page.locator("#clause-3");
  await expect(clause.getByRole("heading", { name: /支持创新药品研发生产/ })).toBeVisible();
  await expect(clause.getByText("资助比例（不超过研发投入）：40%")).toBeVisible();
  await expect(clause.getByText("生物医药 · 第（三）条 · 第 3 页")).toBeVisible();
  await expect(clause.getByText("牵头单位：市经信局")).toBeVisible();
  await clause.getByText("政策原文").click();
  await expect(
    clause.getByText(/单个品种最高分别不超过 1000 万元、2000 万元、4000 万元的资助/),
  ).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("in English a policy page gives the headings in English and the text in Chinese", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/policies/biomedicine");
  const clause = page.locator("#clause-3");
  await expect(
    clause.getByRole("heading", { name: /Supporting R&D and production of innovative drugs/ }),
  ).toBeVisible();
  await clause.getByText("Original text").click();
  await expect(clause.getByText(/单个品种最高分别不超过 1000 万元/)).toBeVisible();
});

test("an unknown policy key is a 404", async ({ page }) => {
  const response = await page.goto("/policies/no-such-policy");
  expect(response?.status()).toBe(404);
});
