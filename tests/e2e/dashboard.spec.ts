import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { RULES_CHANGELOG } from "@/rules/changelog";
import { seriousAxeViolations } from "./support/axe";

/**
 * The centre dashboard: the round worklist filtered to one policy and exported, then the
 * rules-change impact after the saved evaluations' rules version changed, and the re-evaluation
 * of the affected clients. Demo data from scripts/seed.mjs (西湖区 centre).
 */
const STAFF = { email: "staff@example.com", password: "demo-staff-2026" };
const E2E_DB = "data/e2e.db";

test.beforeAll(() => {
  execFileSync(process.execPath, ["scripts/seed.mjs"], {
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DB}` },
    stdio: "pipe",
  });
});

async function login(page: Page, next: string) {
  await page.goto(`/staff/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("邮箱").fill(STAFF.email);
  await page.getByLabel("密码").fill(STAFF.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `test-results/screens/${name}-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Makes the centre's latest saved evaluations look computed under an earlier edition of the rules,
 * the first one paying 1,000,000 yuan less on its largest clause counted in the headline (not one
 * still to be won): the rules in force then "raise" that client's estimate by 1,000,000 yuan.
 */
function olderRulesForCentre(centreName: string): string {
  const db = new Database(E2E_DB);
  try {
    const rows = db
      .prepare(
        `SELECT e.id, e.resultJson, c.name FROM "Evaluation" e JOIN "Client" c ON c.id = e.clientId
         JOIN "ServiceCentre" s ON s.id = c.centreId WHERE s.name = ? AND c.deletedAt IS NULL
         ORDER BY e.totalMax DESC`,
      )
      .all(centreName) as { id: string; resultJson: string; name: string }[];
    const first = rows[0]!;
    type Amount = { min: number; max: number };
    const result = JSON.parse(first.resultJson) as {
      rulesVersion: string;
      clauses: {
        status: string;
        forApplicant: boolean;
        certainty: string;
        amount: Amount | null;
      }[];
      totals: { overall: Amount };
    };
    const clause = result.clauses
      .filter((c) => c.status === "eligible" && c.forApplicant && c.certainty !== "to-win")
      .filter((c) => (c.amount?.max ?? 0) >= 1_000_000)
      .sort((a, b) => b.amount!.max - a.amount!.max)[0]!;
    const amount = clause.amount!;
    amount.max -= 1_000_000;
    const minCut = amount.min - Math.min(amount.min, amount.max);
    amount.min -= minCut;
    result.totals.overall.max -= 1_000_000;
    result.totals.overall.min -= minCut;
    result.rulesVersion = "2026.10+00000000";
    db.prepare(
      `UPDATE "Evaluation" SET resultJson = ?, totalMax = totalMax - 1000000, totalMin = totalMin - ?
       WHERE id = ?`,
    ).run(JSON.stringify(result), minCut, first.id);
    const ids = rows.map((r) => r.id);
    db.prepare(
      `UPDATE "Evaluation" SET rulesVersion = '2026.10+00000000' WHERE id IN (${ids.map(() => "?").join(",")})`,
    ).run(...ids);
    return first.name;
  } finally {
    db.close();
  }
}

test("a staff member works the round's list, then the rules-change impact", async ({ page }) => {
  // Two axe checks, four screenshots, an export and a re-evaluation of the centre: long on a
  // shared two-core machine.
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  // Every client of the centre evaluated under the rules in force first.
  await login(page, "/staff");
  await expect(page.getByTestId("reminders")).toBeVisible();
  await page.goto("/staff?stale=1");
  for (let i = 0; i < 5; i++) {
    const button = page.getByRole("button", { name: /按现行规则评估这些客户/ });
    if (!(await button.isVisible())) break;
    await button.click();
    await page.waitForURL(/evaluated=/);
  }

  await page.goto("/staff/worklist");
  const rows = page.getByTestId("worklist-row");
  await expect(rows.first()).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshots(page, "worklist");

  await page.getByLabel("政策").selectOption({ label: "人工智能" });
  await page.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL(/policy=artificial-intelligence/);
  const count = Number(await page.getByTestId("worklist-count").textContent());
  expect(count).toBeGreaterThan(0);
  await expect(rows).toHaveCount(count);
  for (const row of await rows.all()) await expect(row).toContainText("人工智能");
  await expect(page.getByText("artificial-intelligence")).toHaveCount(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(count + 1);
  expect(String(sheet.getCell("A2").value)).toBe(
    (await rows.first().getByRole("link").first().textContent())?.trim(),
  );

  // The printable call list: the same filtered rows, by amount, with no internal names.
  const firstName = (await rows.first().getByRole("link").first().textContent())?.trim() ?? "";
  await page.getByRole("link", { name: "打印联系清单" }).click();
  await page.waitForURL(/\/staff\/worklist\/print\?.*policy=artificial-intelligence/);
  await expect(page.getByRole("heading", { name: "客户联系清单" })).toBeVisible();
  await expect(page.getByText(`共 ${count} 家客户`)).toBeVisible();
  const printed = page.locator("tbody tr");
  await expect(printed).toHaveCount(count);
  await expect(printed.first()).toContainText(`1. ${firstName}`);
  await expect(page.locator("main")).not.toContainText("artificial-intelligence");
  await screenshots(page, "worklist-print");

  // The rules change: the saved evaluations now carry an earlier version.
  const gainer = olderRulesForCentre("西湖区企业服务中心（演示）");
  await page.goto("/staff/impact");
  await expect(page.getByTestId("impact-gained")).toHaveText("1 家");
  const first = page.getByTestId("impact-client").first();
  await expect(first).toContainText(gainer);
  await expect(first).toContainText("+1,000,000 元");
  // The changelog since that version (older than every entry: all of them, the newest first).
  const changelog = page.getByRole("region", { name: "规则更新说明" });
  await expect(changelog.getByRole("listitem").first()).toContainText(
    `规则版本 ${RULES_CHANGELOG[0]!.version}`,
  );
  await expect(changelog).toContainText(RULES_CHANGELOG[0]!.changes[0]!.zh);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshots(page, "impact");

  // Every client whose latest evaluation the older version made, the gainer among them.
  const reevaluate = page.getByRole("button", { name: /重新评估全部受影响的客户/ });
  const affected = Number(/（(\d+) 家）/.exec((await reevaluate.textContent()) ?? "")?.[1]);
  expect(affected).toBeGreaterThan(1);
  await reevaluate.click();
  await expect(page.getByText("没有受影响的客户")).toBeVisible({ timeout: 60_000 });
  // The page then says how many were re-evaluated: every affected client.
  await expect(
    page.getByRole("status").filter({ hasText: `已完成：共重新评估 ${affected} 家客户。` }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText("没有受影响的客户")).toBeVisible();

  await page.goto("/staff");
  await screenshots(page, "home");
  expect(errors).toEqual([]);
});
