import { expect, test, type Page } from "@playwright/test";
import { shareFragment } from "@/lib/browser/share-link";
import { roundOn } from "@/lib/rounds";
import { icDesigner } from "@/tests/rules/integrated-circuits/fixtures";
import { watchForErrors } from "./support/errors";

/**
 * The IC policy ends on 2026-12-31, so its last round is 2027 (events of 2026): a designer's 2026
 * first tape-out is claimable in the 2027 round and listed as ended from the 2028 round on. The
 * designer opens a share link as of a day (`?asOf=`, the round open then); the figures are those of
 * tests/rules/integrated-circuits/rounds.test.ts.
 */

// The calculator's first load is slow on a loaded machine.
test.beforeEach(() => test.slow());

const wizard = (page: Page) => page.getByRole("region", { name: "填写企业情况" });
const clause = (page: Page, id: string, status: string) =>
  page.locator(`[data-clause="${id}"][data-status="${status}"]`);
/** The IC industry's card on the start step, with its standing in the chosen round. */
const icCard = (page: Page) =>
  wizard(page)
    .getByRole("checkbox", { name: /^集成电路/ })
    .locator("xpath=..");

/** Opens the self-check from a share link of the designer's profile, as of `day`. */
async function openAsOf(page: Page, day: string) {
  const round = roundOn(day).year;
  await page.goto(`/check?asOf=${day}${await shareFragment(icDesigner, round)}`);
  await expect(page.getByText("已从链接恢复填写内容和申报年度。")).toBeVisible({
    timeout: 30_000,
  });
  await expect(wizard(page).getByLabel("申报年度")).toHaveValue(String(round));
  await expect(page.getByTestId("results-round")).toHaveText(
    `${round} 年申报（${round - 1} 年度事项）`,
  );
}

test("as of 2027-02-01 a 2026 first tape-out is claimable in the 2027 round, the IC policy's last", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openAsOf(page, "2027-02-01");

  // 15% × 40,000,000 = 6,000,000: under the 20,000,000 cap and 30% × 200,000,000 of total investment.
  const card = clause(page, "integrated-circuits/4-a", "eligible");
  await expect(card).toHaveAttribute("data-amount", "0-6000000");
  await expect(card).toContainText("最高 6,000,000 元");
  await expect(card).toContainText("首次流片费用 40,000,000 元；× 15% = 6,000,000");
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", "6000000");

  const standing = page.locator('[data-policy-round="integrated-circuits"]');
  await expect(standing.locator('[data-round-status="last-round"]')).toHaveText(
    "最后一轮：2027 年申报 2026 年度事项",
  );
  await expect(standing.locator("[data-ending-warning]")).toHaveText(
    "集成电路政策 2026-12-31 到期：2026 年度事项仍可在 2027 年申报",
  );
  await expect(icCard(page).getByText("最后一轮", { exact: true })).toBeVisible();
  // The other IC clauses wait for answers in this round (none of them in the next).
  await expect(
    page.locator('[data-clause^="integrated-circuits/"][data-status="needs-info"]'),
  ).not.toHaveCount(0);
  await expect(page.getByRole("heading", { name: "不在有效期内的政策" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("as of 2028-02-01 the IC clauses show 'ended, last round 2027' and are not counted", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openAsOf(page, "2028-02-01");

  const ended = page.getByRole("region", { name: "不在有效期内的政策" });
  await expect(ended).toBeVisible();
  await expect(ended.locator('[data-round-status="ended"]')).toHaveText(
    "已结束，最后一轮 2027 年申报",
  );
  await expect(clause(page, "integrated-circuits/4-a", "expired")).toContainText(
    "本可获得 最高 6,000,000 元",
  );
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", "0");
  // No IC clause is listed as claimable or as waiting for answers in this round.
  await expect(
    page.locator('[data-clause^="integrated-circuits/"][data-status="eligible"]'),
  ).toHaveCount(0);
  await expect(
    page.locator('[data-clause^="integrated-circuits/"][data-status="needs-info"]'),
  ).toHaveCount(0);

  const standing = page.locator('[data-policy-round="integrated-circuits"]');
  await expect(standing.locator('[data-round-status="ended"]')).toHaveText(
    "已结束，最后一轮 2027 年申报",
  );
  await expect(standing.locator("[data-ending-warning]")).toHaveCount(0);
  await expect(icCard(page).getByText("已结束，最后一轮 2027 年申报")).toBeVisible();
  expect(errors).toEqual([]);
});
