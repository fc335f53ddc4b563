import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";

const STORAGE_KEY = "policy-calculator:self-check:v1";
/** The 2025 round (申报年度), for the events of 2024: the biomedicine policy is in force. */
const ROUND = 2025;

/**
 * A class-1 drug in phase II with CNY 30M of R&D: biomedicine/3 pays up to 40% = 12,000,000 元 after
 * a review (经评审), so the amount is to be won, shown apart from the headline total.
 */
const drugMaker = {
  version: 1,
  enterprise: {
    name: "杭州示例生物医药有限公司",
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

// axe and the calculator's first load are slow on a loaded machine.
test.beforeEach(() => test.slow());

const wizard = (page: Page) => page.getByRole("region", { name: "填写企业情况" });
const rdField = (page: Page) => wizard(page).getByRole("textbox", { name: /该品种研发投入/ });

async function seed(page: Page, step = "biomedicine") {
  await page.goto("/check");
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ profile: drugMaker, round: ROUND, step })],
  );
  await page.reload();
  await expect(rdField(page)).toBeVisible({ timeout: 30_000 });
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
    });
}

for (const [name, viewport] of [
  ["desktop", { width: 1280, height: 800 }],
  ["phone", { width: 375, height: 740 }],
] as const) {
  test.describe(name, () => {
    test.use({ viewport });

    test("the total stays in view while a figure in the last step is edited", async ({ page }) => {
      await seed(page);
      await expect(page.locator("#wizard-step-title")).toHaveText("生物医药");
      const rd = rdField(page);
      await rd.scrollIntoViewIfNeeded();
      // 2,000 万元 × 40% = 800 万元 (below the phase-II cap of 2,000 万元), to win in a review.
      await rd.fill("2000");
      const shown =
        name === "desktop" ? "[data-testid=results-total]" : "[data-testid=results-bar]";
      await expect(page.locator(shown)).toContainText(/需评审\/评选的? 最高 800 万元/);
      expect(await inViewport(page, shown)).toBe(true);
      expect(await inViewport(page, `#${await rd.getAttribute("id")}`)).toBe(true);
      if (name === "phone") {
        // The bar says what the edit changed (1,200 → 800 万元) and takes the user to the results.
        await expect(page.getByTestId("results-bar")).toContainText("−400 万元");
        await expect(page.getByTestId("results-bar")).toContainText("1 条");
        await page.getByTestId("results-bar").click();
        await expect(page.locator("#results-title")).toBeInViewport();
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  });
}

test("30000000 typed into a 万元 field asks whether 3,000 万元 was meant and is not used until confirmed", async ({
  page,
}) => {
  await seed(page);
  const total = page.getByTestId("results-total");
  await expect(total).toHaveAttribute("data-to-win-max", "12000000");
  await rdField(page).fill("30000000");
  const doubt = wizard(page).getByRole("alert").filter({ hasText: "是否应为" });
  await expect(doubt).toContainText("是否应为 3,000 万元？");
  // Not used: the results still read 3,000 万元 of R&D.
  await expect(total).toHaveAttribute("data-to-win-max", "12000000");
  expect(await seriousAxeViolations(page)).toEqual([]);
  await doubt.getByRole("button", { name: "是，改为 3,000 万元" }).click();
  await expect(rdField(page)).toHaveValue("3000");
  await expect(wizard(page).getByText("= 30,000,000 元 = 3,000 万元 = 0.3 亿元")).toBeVisible();
  await expect(total).toHaveAttribute("data-to-win-max", "12000000");

  // Pasted with its unit: 1.2亿 = 120,000,000 元 → 40% = 48,000,000, capped at 20,000,000 (phase II).
  await rdField(page).fill("1.2亿");
  await expect(total).toHaveAttribute("data-to-win-max", "20000000");
  // Nothing here is paid without a review: the headline total stays 0.
  await expect(total).toHaveAttribute("data-max", "0");
});

test("a copied link restores the profile and its results in a fresh browser", async ({
  page,
  browser,
}) => {
  await seed(page);
  await page.getByRole("button", { name: "复制链接" }).click();
  const url = await page.locator("#share-url").inputValue();
  expect(url).toMatch(/\/check#p=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ locale: "zh-CN" });
  const other = await fresh.newPage();
  const requests: string[] = [];
  other.on("request", (r) => requests.push(r.url()));
  await other.goto(url);
  await expect(other.getByText("已从链接恢复填写内容和申报年度。")).toBeVisible({
    timeout: 30_000,
  });
  await expect(other.getByTestId("results-total")).toHaveAttribute("data-to-win-max", "12000000");
  await expect(
    other.locator('[data-clause="biomedicine/3"][data-status="eligible"]'),
  ).toBeVisible();
  // The fragment is not sent: no request carries the profile.
  expect(requests.some((r) => r.includes("#p=") || r.includes("SX-01"))).toBe(false);
  await expect(other).toHaveURL(/\/check$/);
  await fresh.close();
});
