import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { withCheckChar } from "@/lib/clients/credit-code";

/**
 * What the workspace specs share: the demo accounts of scripts/seed.mjs (idempotent; every
 * worker runs it, the first one creates them), fresh credit codes, logging in and walking the
 * wizard to a question.
 */
export const STAFF = { email: "staff@example.com", password: "demo-staff-2026" };
export const OTHER_CENTRE = { email: "staff2@example.com", password: "demo-staff2-2026" };
export const ADMIN = { email: "admin@example.com", password: "demo-admin-2026" };

export function seedDemo(): void {
  execFileSync(process.execPath, ["scripts/seed.mjs"], {
    env: { ...process.env, DATABASE_URL: "file:./data/e2e.db" },
    stdio: "pipe",
  });
}

let serial = 0;
/**
 * A checksum-valid credit code no other test of this run uses (worker pid, counter, clock);
 * `series` keeps the codes of different spec files apart.
 */
export function creditCode(series = "MA"): string {
  serial++;
  const pid = String(process.pid % 100).padStart(2, "0");
  const n = String(serial % 100).padStart(2, "0");
  const ms = String(Date.now() % 1000).padStart(3, "0");
  return withCheckChar(`91330110${series}${pid}${n}${ms}`);
}

export async function login(
  page: Page,
  who: { email: string; password: string } = STAFF,
  next = "/staff",
) {
  await page.goto(`/staff/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("密码").fill(who.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/**
 * Shows the step that asks `field`: "下一步" until it shows, else each step of the step list (a
 * follow-up question can appear on an earlier step once an answer makes it relevant).
 */
export async function stepTo(page: Page, field: ReturnType<Page["getByLabel"]>) {
  // The wizard loads after the form's own fields (a separate chunk): wait for its steps first.
  const steps = page.getByRole("navigation", { name: "填写步骤" }).getByRole("button");
  await expect(steps.first()).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 12 && !(await field.isVisible()); i++) {
    const next = page.getByRole("button", { name: /下一步/ });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  for (let i = 0; i < (await steps.count()) && !(await field.isVisible()); i++)
    await steps.nth(i).click();
  await expect(field).toBeVisible();
}
