import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";

/** The 2025 round (申报年度), for the events of 2024: the biomedicine policy is in force. */
const ROUND = 2025;
const example = JSON.parse(
  readFileSync("examples/biomedicine-innovative-drug-maker.json", "utf8"),
) as unknown;

// The calculator's first load and axe are slow on a loaded machine.
test.beforeEach(() => test.slow());

test("what-if on biomedicine/3: chart and table, the clause flat past the phase-II cap", async ({
  page,
}) => {
  // The share link's fragment (as shareFragment makes it), encoded in a page of the app.
  await page.goto("/api/health");
  const fragment = await page.evaluate(
    async ([profile, round]) => {
      const json = new TextEncoder().encode(JSON.stringify({ profile, round }));
      const out = new Blob([json as BlobPart])
        .stream()
        .pipeThrough(new CompressionStream("deflate-raw"));
      const bytes = new Uint8Array(await new Response(out).arrayBuffer());
      let s = "";
      for (const b of bytes) s += String.fromCharCode(b);
      return "#p=" + btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    },
    [example, ROUND] as const,
  );
  await page.goto(`/check${fragment}`);
  await expect(page.getByText("已从链接恢复填写内容和申报年度。")).toBeVisible({ timeout: 30_000 });

  const card = page.locator('article[data-clause="biomedicine/3"]');
  await expect(card).toContainText("支持创新药品研发生产");
  await card.getByRole("button", { name: "如果…会怎样" }).click();

  const dialog = page.getByRole("dialog", { name: /如果…会怎样：.*支持创新药品研发生产/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("变动的数字")).toHaveValue("biomedicine.drugs[].rdInvestment");
  await expect(dialog).toContainText("CY-101");
  await expect(dialog.getByTestId("what-if-chart")).toBeVisible();
  await expect(dialog.locator(".recharts-line").first()).toBeVisible();
  const table = dialog.getByRole("region", { name: "各数值下的金额（万元）" });
  await expect(table.getByRole("table")).toBeVisible();

  // 40% of R&D, at most 20,000,000 in phase II: the knee is 20,000,000 ÷ 40% = 50,000,000.
  const clauseAt = (x: number) =>
    table.locator(`tr[data-x="${x}"]`).getAttribute("data-clause").then(Number);
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      x: Number(tr.getAttribute("data-x")),
      clause: Number(tr.getAttribute("data-clause")),
    })),
  );
  const above = rows.filter((r) => r.x > 50_000_000);
  const below = rows.filter((r) => r.x > 0 && r.x < 50_000_000);
  expect(above.length).toBeGreaterThan(2);
  expect(new Set(above.map((r) => r.clause))).toEqual(new Set([20_000_000]));
  expect(below[0]!.clause).toBeLessThan(below.at(-1)!.clause);
  expect(await clauseAt(50_000_000)).toBe(20_000_000);
  // The profile's 45,000,000 × 40% = 18,000,000, marked as the current figure.
  await expect(table.locator('tr[data-x="45000000"]')).toContainText("（当前）");
  expect(await clauseAt(45_000_000)).toBe(18_000_000);
  await expect(table.locator('tr[data-x="45000000"] td').first()).toHaveText("1,800");
  await expect(dialog).toContainText("上限 2,000 万元");

  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(card.getByRole("button", { name: "如果…会怎样" })).toBeFocused();
});
