// Longer than 300 lines on purpose: the staff journey in one file, its tests sharing one seeded database and login.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";
import { ADMIN, creditCode, login, OTHER_CENTRE, seedDemo, STAFF, stepTo } from "./support/staff";
import { watchForErrors } from "./support/errors";

/**
 * The service-centre workspace in Chromium, against the production build and data/e2e.db. The
 * demo accounts come from scripts/seed.mjs (idempotent; every worker runs it, the first one
 * creates them).
 */
test.beforeAll(seedDemo);

/** Creates a synthetic-biology client through the form: recognised, R&D of 2,000 万元. */
async function createClient(page: Page, name: string, code: string, rdWan = "2000") {
  await page.goto("/staff/clients/new");
  await page.getByLabel("企业名称").fill(name);
  await page.getByLabel("统一社会信用代码").fill(code);
  await page.getByLabel("所在区、县（市）").selectOption("钱塘区");
  await page.getByLabel("联系人").fill("王经理");
  await page.getByRole("checkbox", { name: /合成生物/ }).check();
  // The wizard asks what can still change a clause: the R&D figure follows recognition.
  const recognised = page.getByRole("group", { name: "经认定的合成生物企业" });
  await stepTo(page, recognised);
  await recognised.getByLabel("是").check();
  const rd = page.getByLabel(/^\d{4} 年研发投入（万元）$/);
  await stepTo(page, rd);
  await rd.fill(rdWan);
  await page.getByRole("button", { name: "创建客户" }).click();
  await page.waitForURL(/\/staff\/clients\/[^/]+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return new URL(page.url()).pathname;
}

async function evaluateNow(page: Page): Promise<string> {
  await page.getByRole("button", { name: "评估并保存" }).click();
  await page.waitForURL(/\/evaluations\/[^/]+$/);
  return new URL(page.url()).pathname;
}

test("staff log in, create a client, evaluate, change a figure, see the difference and print", async ({
  page,
}) => {
  // Two wizard walks, two evaluations and a print: long on a shared two-core machine.
  test.setTimeout(120_000);
  const errors = watchForErrors(page);
  await login(page, STAFF);
  await expect(page.getByRole("navigation", { name: "服务中心导航" })).toBeVisible();

  const name = "杭州合成生物端到端测试有限公司";
  const clientPath = await createClient(page, name, creditCode());
  await expect(page.getByText("已保存。")).toBeVisible();

  const evaluationPath = await evaluateNow(page);
  await expect(page.getByRole("heading", { name: `评估记录：${name}` })).toBeVisible();
  // 合成生物 (二): R&D 20,000,000 × 10% = 2,000,000 (cap 5,000,000 a year), "经评审": to be won,
  // so stated beside the headline total (0 元), not in it.
  const rdClause = page.getByRole("article").filter({ hasText: "（二）加强研发经费资助" });
  await expect(rdClause).toContainText("最高 2,000,000 元");
  await expect(rdClause).toContainText("需评审");
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", "0");
  await expect(page.getByTestId("results-to-win")).toContainText("最高 200 万元");
  await expect(page.locator("body")).not.toContainText("synthetic-biology");

  // Change a figure: R&D 2,000 → 3,000 万元.
  await page.goto(`${clientPath}/edit`);
  const rd = page.getByLabel(/^\d{4} 年研发投入（万元）$/);
  await stepTo(page, rd);
  await rd.fill("3000");
  await page.getByRole("button", { name: "保存修改" }).click();
  await page.waitForURL(/\?saved=1$/);
  await expect(page.getByText("第 2 版")).toBeVisible();

  // The client list says the saved evaluation no longer matches the profile.
  await page.goto(`/staff?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(
    "资料已修改，尚未重新评估",
  );
  await page.goto(clientPath);

  // Re-evaluate with the current rules and compare with the saved evaluation.
  await page.getByRole("link", { name: "用现行规则重新评估" }).first().click();
  await page.waitForURL(`${evaluationPath}/compare`);
  // (二) is to be won: the headline (fixed + up to) does not move, the to-win part does:
  // 30,000,000 × 10% − 20,000,000 × 10% = 3,000,000 − 2,000,000 = up to +1,000,000.
  const diff = page.getByTestId("evaluation-diff");
  await expect(diff.getByTestId("diff-delta")).toHaveText("±0 元");
  const toWin = diff.getByTestId("diff-to-win");
  await expect(toWin).toContainText("原来 最高 2,000,000 元 → 现在 最高 3,000,000 元");
  await expect(toWin.getByTestId("diff-delta-to-win")).toHaveText("最高 +1,000,000 元");
  const changed = diff.getByRole("listitem").filter({ hasText: "（二）加强研发经费资助" });
  await expect(changed).toContainText("原来 最高 2,000,000 元 → 现在 最高 3,000,000 元");
  await expect(changed).toContainText("最高 +1,000,000 元");
  await expect(changed).toContainText(/\d{4} 年研发投入：2,000 万元 → 3,000 万元/);
  await expect(diff).toContainText("规则版本未变化");
  await expect(diff).not.toContainText("synthetic-biology");

  // Save the re-evaluation: it becomes the newest in the history.
  await page.getByRole("button", { name: "保存新的评估" }).click();
  await page.waitForURL(/\/evaluations\/[^/]+$/);
  await page.goto(clientPath);
  await expect(page.locator("#history-title + div tbody tr")).toHaveCount(2);

  // Print the first evaluation with the self-check's report.
  await page.goto(`${evaluationPath}/print`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The first evaluation (R&D 2,000 万元): (二) up to 2,000,000, to be won, beside the headline.
  await expect(page.getByTestId("report-total")).toHaveText("0 元");
  await expect(page.getByText(/^另有需评审或评选的条款/)).toContainText("最高 2,000,000 元");
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "服务中心导航" })).toBeHidden();
  expect(errors).toEqual([]);
});

test("two people saving the same client: the second is refused with a clear message", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await login(alice, STAFF);
  await login(bob, STAFF);
  const clientPath = await createClient(alice, "杭州并发编辑测试有限公司", creditCode());
  await alice.goto(`${clientPath}/edit`);
  await bob.goto(`${clientPath}/edit`);
  await alice.getByLabel("备注").fill("Alice 的修改");
  await alice.getByRole("button", { name: "保存修改" }).click();
  await alice.waitForURL(/\?saved=1$/);
  await bob.getByLabel("备注").fill("Bob 的修改");
  await bob.getByRole("button", { name: "保存修改" }).click();
  await expect(bob.getByRole("alert").filter({ hasText: "其他人已修改并保存" })).toBeVisible();
  await alice.goto(clientPath);
  await expect(alice.getByText("Alice 的修改")).toBeVisible();
  await expect(alice.getByText("Bob 的修改")).toHaveCount(0);
});

test("the other centre evaluates at once its clients not yet evaluated under the current rules", async ({
  page,
}) => {
  // The second demo centre's clients: no other test touches them.
  await login(page, OTHER_CENTRE);
  await page.goto("/staff?stale=1");
  const before = await page.locator("tbody tr").count();
  expect(before).toBeGreaterThan(0);
  await page.getByRole("button", { name: /按现行规则评估这些客户/ }).click();
  await page.waitForURL(/evaluated=/);
  await expect(page.getByText(`已按现行规则评估 ${before} 家客户。`)).toBeVisible();
  await expect(page.getByText("没有符合条件的客户。")).toBeVisible();
  await page.goto("/staff");
  await expect(page.getByText("规则已更新，需重新评估")).toHaveCount(0);
});

async function otherCentrePage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await login(page, OTHER_CENTRE);
  return page;
}

test("a staff member of another centre cannot open the client, its evaluations or its data", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await login(page, STAFF);
  const name = "杭州西湖中心专属客户有限公司";
  const clientPath = await createClient(page, name, creditCode());
  const evaluationPath = await evaluateNow(page);
  const clientId = clientPath.split("/").pop()!;
  const evaluationId = evaluationPath.split("/").pop()!;

  const other = await otherCentrePage(browser);
  await expect(other.getByText(name)).toHaveCount(0);
  for (const path of [
    clientPath,
    `${clientPath}/edit`,
    evaluationPath,
    `${evaluationPath}/compare`,
    `${evaluationPath}/print`,
  ]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(403);
    expect(await response!.text(), path).not.toContain(name);
  }
  for (const path of [`/api/staff/clients/${clientId}`, `/api/staff/evaluations/${evaluationId}`]) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(403);
    expect(await response.text(), path).not.toContain(name);
  }
  const list = await other.request.get(`/api/staff/clients?q=${encodeURIComponent(name)}`);
  expect(await list.json()).toMatchObject({ total: 0, items: [] });
});

const PAGES = [
  "/staff",
  "/staff/clients/new",
  "/staff/clients/x",
  "/staff/clients/x/edit",
  "/staff/clients/x/evaluations/y",
  "/staff/clients/x/evaluations/y/compare",
  "/staff/clients/x/evaluations/y/print",
  "/staff/batch",
  "/staff/batch/x",
  "/staff/audit",
  "/staff/admin",
  "/staff/account",
];

const ROUTES: [string, string][] = [
  ["GET", "/api/staff/session"],
  ["GET", "/api/staff/clients"],
  ["GET", "/api/staff/clients/x"],
  ["GET", "/api/staff/evaluations/x"],
  ["GET", "/api/staff/batch"],
  ["POST", "/api/staff/batch"],
  ["GET", "/api/staff/batch/template"],
  ["GET", "/api/staff/batch/x"],
  ["POST", "/api/staff/batch/x/import"],
  ["POST", "/api/staff/batch/x/run"],
  ["POST", "/api/staff/batch/x/discard"],
  ["POST", "/api/staff/batch/x/clients"],
  ["GET", "/api/staff/batch/x/results?format=xlsx"],
  ["GET", "/api/staff/batch/x/problems"],
];

async function call(request: APIRequestContext, method: string, path: string) {
  return method === "GET"
    ? request.get(path, { maxRedirects: 0 })
    : request.post(path, {
        maxRedirects: 0,
        headers: { Origin: new URL(path, "http://x").origin },
      });
}

test("without a session every page sends the browser to the login and every JSON route answers 401", async ({
  request,
}) => {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toBe(`/staff/login?next=${encodeURIComponent(path)}`);
  }
  for (const [method, path] of ROUTES) {
    const response = await call(request, method, path);
    expect(response.status(), `${method} ${path}`).toBe(401);
    expect(await response.json()).toMatchObject({ error: "unauthorized" });
  }
});

test("staff (not admins) are refused the audit log and the account administration", async ({
  page,
}) => {
  await login(page, STAFF);
  for (const path of ["/staff/audit", "/staff/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole("link", { name: "审计日志" })).toHaveCount(0);
});

test("a cross-site request to change data is refused even with a session", async ({ page }) => {
  await login(page, STAFF);
  const response = await page.request.post("/api/staff/batch/x/run", {
    headers: { Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: "cross-site" });
});

test("a wrong password is refused; logging out ends the session", async ({ page }) => {
  await page.goto("/staff/login");
  await page.getByLabel("邮箱").fill("nobody@example.com");
  await page.getByLabel("密码").fill("not the password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确" })).toBeVisible();
  await login(page, STAFF);
  const cookie = (await page.context().cookies()).find((c) => c.name === "staff_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/staff\/login/);
  expect((await page.request.get("/api/staff/session")).status()).toBe(401);
});

test("a batch file with a bad row: the report names it, the good rows are evaluated and downloaded", async ({
  page,
}) => {
  await login(page, STAFF);
  const template = await page.request.get("/api/staff/batch/template?format=csv");
  expect(template.status()).toBe(200);
  const text = await template.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const header = text.slice(1).split(/\r?\n/)[0]!;
  expect(header).toContain("企业名称*");
  expect(header).toContain("统一社会信用代码*");
  const columns = header.split(",");
  const row = (cells: Record<string, string>) =>
    columns.map((c) => cells[c.replace("*", "")] ?? "").join(",");
  const csv = [
    header,
    row({
      企业名称: "杭州批量一号有限公司",
      统一社会信用代码: creditCode(),
      "所属产业（多个用顿号分隔）": "合成生物",
      "本年度研发投入（元）": "20000000",
    }),
    row({
      企业名称: "杭州批量二号有限公司",
      统一社会信用代码: "91350100M000100Y44",
      "所属产业（多个用顿号分隔）": "合成生物",
    }),
    row({
      企业名称: "杭州批量三号有限公司",
      统一社会信用代码: creditCode(),
      "所属产业（多个用顿号分隔）": "视觉智能",
    }),
  ].join("\n");

  await page.goto("/staff/batch");
  await page.getByLabel("CSV 或 Excel 文件").setInputFiles({
    name: "批量测试.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("\uFEFF" + csv, "utf8"),
  });
  await page.getByRole("button", { name: "上传并校验" }).click();
  await page.waitForURL(/\/staff\/batch\/[^/]+$/);
  await expect(page.getByTestId("batch-bad")).toHaveText("1");
  await expect(page.getByText("有 1 行存在问题，尚未导入任何内容")).toBeVisible();
  const problems = page.getByRole("table", { name: "有问题的行、列和原因" });
  await expect(problems).toContainText("第 3 行");
  await expect(problems).toContainText("统一社会信用代码");
  await expect(problems).toContainText("校验码不正确");

  await page.getByRole("button", { name: "只导入无误的 2 行" }).click();
  await page.getByRole("button", { name: "开始评估 2 家企业" }).click();
  await expect(page.getByText("评估完成：2 家企业。")).toBeVisible({ timeout: 20_000 });
  const jobId = new URL(page.url()).pathname.split("/").pop();
  const xlsx = await page.request.get(`/api/staff/batch/${jobId}/results?format=xlsx`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const results = await page.request.get(`/api/staff/batch/${jobId}/results?format=csv`);
  const body = await results.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain("杭州批量一号有限公司");
  expect(body).not.toContain("杭州批量二号有限公司");

  // The evaluated enterprises become client records of the centre.
  await page.getByRole("button", { name: "保存为客户档案（2 家）" }).click();
  await expect(page.getByText("已新建客户档案 2 家；已有档案的 0 家未改动。")).toBeVisible();
  await page.getByRole("link", { name: "查看客户列表" }).click();
  await page.getByRole("searchbox").first().fill("杭州批量一号");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "杭州批量一号有限公司", exact: true })).toBeVisible();
});

test("the client list and a client fit a 375 px wide phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await login(page, STAFF);
  const clientPath = await createClient(page, "杭州窄屏测试有限公司", creditCode());
  for (const path of ["/staff", clientPath, "/staff/batch"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the workspace's pages have no serious or critical accessibility violations", async ({
  page,
}) => {
  // Ten pages, each checked by axe.
  test.setTimeout(120_000);
  await page.goto("/staff/login");
  expect(await seriousAxeViolations(page), "/staff/login").toEqual([]);
  await login(page, ADMIN);
  const client = page.locator("tbody a").first();
  const clientPath = new URL((await client.getAttribute("href"))!, page.url()).pathname;
  for (const path of [
    "/staff",
    "/staff?stale=1",
    clientPath,
    `${clientPath}/edit`,
    "/staff/clients/new",
    "/staff/batch",
    "/staff/account",
    "/staff/audit",
    "/staff/admin",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousAxeViolations(page), path).toEqual([]);
  }
});
