// Longer than 300 lines on purpose: the self-check journey in one file, its tests sharing one seeded server and helpers.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import {
  expect,
  test,
  type APIRequestContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from "@playwright/test";
import { clauseCitation } from "@/lib/citation";
import { clauseTitle } from "@/lib/library";
import { findClause } from "@/rules";
import { seriousAxeViolations } from "./support/axe";

/** Header links to pages other issues build; their prefetch 404s are not this page's errors. */
const PENDING_ROUTES = ["/staff"];
const STORAGE_KEY = "policy-calculator:self-check:v1";
/** The 2025 round (申报年度), for the events of 2024: all nine policies are in force. */
const ROUND = 2025;

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

const wizard = (page: Page) => page.getByRole("region", { name: "填写企业情况" });
const stepHeading = (page: Page) => page.locator("#wizard-step-title");
const clause = (page: Page, id: string, status = "eligible") =>
  page.locator(`[data-clause="${id}"][data-status="${status}"]`);

/** Opens /check on a fresh browser profile with a known application round. */
async function openCheck(page: Page) {
  await page.goto("/check");
  // The calculator loads after the page: slow on a loaded machine.
  await expect(wizard(page).getByText("所属产业（可多选）")).toBeVisible({ timeout: 30_000 });
  await wizard(page).getByLabel("申报年度").selectOption(String(ROUND));
}

async function nextUntil(page: Page, title: string) {
  for (let i = 0; i < 20 && (await stepHeading(page).textContent()) !== title; i++)
    await wizard(page).getByRole("button", { name: "下一步" }).click();
  await expect(stepHeading(page)).toHaveText(title);
}

/** Puts a saved self-check in the browser, as a previous visit would have left it. */
async function seed(page: Page, profile: object, step = "start", round = ROUND) {
  await page.goto("/check");
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ profile, round, step })],
  );
  await page.reload();
  await expect(wizard(page)).toBeVisible();
}

const drugMaker = (rdInvestment = 30_000_000) => ({
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
        rdInvestment,
      },
    ],
  },
});

test("a biomedicine company with a class-1 drug in phase II sees biomedicine/3 pay 40% of its R&D, live", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await openCheck(page);
  const w = wizard(page);
  await w.getByRole("checkbox", { name: /生物医药/ }).check();
  await expect(w.getByRole("checkbox", { name: "企业", exact: true })).toBeChecked();
  await w.getByRole("button", { name: "下一步" }).click();

  await expect(stepHeading(page)).toHaveText("基本信息");
  await expect(page.getByText(/第 2 步，共 \d+ 步/)).toBeVisible();
  await w.getByLabel("单位名称").fill("杭州示例生物医药有限公司");
  // No biomedicine clause reads the registration in Hangzhou, so it is not asked.
  await expect(w.getByRole("group", { name: "在杭州市依法登记注册" })).toHaveCount(0);

  await nextUntil(page, "生物医药");
  await w.getByRole("button", { name: "添加药品" }).click();
  await expect(w.getByLabel("名称")).toBeFocused();
  await w.getByLabel("名称").fill("SX-01 片");
  await w.getByLabel("药品类型").selectOption({ label: "化学药" });
  await w.getByLabel("注册分类").selectOption({ label: "1 类" });
  await w.getByLabel("已在国内开展的临床试验阶段").selectOption({ label: "Ⅱ期" });
  await w.getByRole("group", { name: "注册申请人已获得许可并进行产业化" }).getByLabel("是").check();
  const rd = w.getByRole("textbox", { name: /该品种研发投入/ });
  // Money is typed in 元 here (the default unit is 万元).
  await w.getByLabel("该品种研发投入（累计）的单位").selectOption("yuan");
  await rd.fill("30,000,000");
  await expect(w.getByText("= 30,000,000 元 = 3,000 万元 = 0.3 亿元")).toBeVisible();

  const card = clause(page, "biomedicine/3");
  await expect(card).toContainText("最高 12,000,000 元");
  await expect(card).toHaveAttribute("data-amount", "0-12000000");
  await expect(card).toContainText("研发投入 30,000,000 元；× 40% = 12,000,000");
  await expect(card.getByText("需评审")).toBeVisible();
  await card.getByText("条款原文与出处").click();
  await expect(card).toContainText("经评审给予不超过研发投入 40%");
  await expect(card).toContainText("第 3 页");
  await expect(card.getByRole("link", { name: /政策库/ })).toHaveAttribute(
    "href",
    "/policies/biomedicine#clause-3",
  );
  // 30,000,000 × 40% = 12,000,000 (under the phase-II cap of 20,000,000): awarded only after a
  // review (经评审), so it is the to-win figure beside the headline total, not in it.
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", "0");
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-to-win-max", "12000000");
  await expect(page.getByTestId("results-to-win")).toHaveText(
    "另有需评审/评选的 最高 1,200 万元（未计入合计，须经评审或评选获得）",
  );
  // The chart by policy: one bar, all of it to be won in the review (1,200 万元).
  const chart = (wan: number) => page.getByRole("img", { name: `生物医药 需评选胜出 ${wan} 万元` });
  await expect(chart(1200)).toBeVisible();

  // Another figure: the result follows at once, the chart once typing pauses.
  await rd.fill("20000000");
  await expect(card).toContainText("最高 8,000,000 元");
  // 20,000,000 × 40% = 8,000,000 元 = 800 万元.
  await expect(chart(800)).toBeVisible();

  // Text and a negative figure: the schema's message next to the field and in the live region,
  // and the results stay those of the last valid answers.
  await rd.fill("abc");
  const error = w.locator("#f-biomedicine-drugs-0-rdInvestment-error");
  await expect(error).toHaveText(/请输入数字/);
  await expect(rd).toHaveAttribute("aria-invalid", "true");
  await expect(w.getByRole("status")).toContainText("该品种研发投入（累计）：请输入数字");
  await expect(page.getByText("填写内容中有错误，以下是最近一次有效填写的结果。")).toBeVisible();
  await expect(card).toContainText("最高 8,000,000 元");
  await rd.fill("-5");
  await expect(error).toHaveText("不能为负数");
  await expect(card).toContainText("最高 8,000,000 元");
  await rd.fill("20000000");
  await expect(error).toBeHidden();

  // English and back: the answers and results stay.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(stepHeading(page)).toHaveText("Biomedicine");
  const en = page.getByRole("region", { name: "Your enterprise's answers" });
  await expect(en.getByRole("textbox", { name: /R&D investment in the variety/ })).toHaveValue(
    "20000000",
  );
  await expect(clause(page, "biomedicine/3")).toContainText("up to CNY 8,000,000");
  await en.getByRole("textbox", { name: /R&D investment in the variety/ }).fill("x");
  await expect(en.locator("#f-biomedicine-drugs-0-rdInvestment-error")).toHaveText(
    /Enter a number/,
  );
  await en.getByRole("textbox", { name: /R&D investment in the variety/ }).fill("20000000");
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(stepHeading(page)).toHaveText("生物医药");

  // A reload loses nothing: answers, step and results come back from the browser's storage.
  await page.reload();
  await expect(stepHeading(page)).toHaveText("生物医药");
  await expect(wizard(page).getByLabel("名称")).toHaveValue("SX-01 片");
  await expect(clause(page, "biomedicine/3")).toContainText("最高 8,000,000 元");

  // The printable report holds the same figures.
  await page.getByRole("link", { name: "打印报告" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("杭州示例生物医药有限公司");
  // 20,000,000 × 40% = 8,000,000, to win in a review: beside the total, not in it.
  await expect(page.getByTestId("report-total")).toHaveText("0 元");
  await expect(page.getByText("另有需评审或评选的条款 最高 8,000,000 元")).toBeVisible();
  expect(errors).toEqual([]);
});

/** Presses Tab until `target` has the focus: keyboard only, wherever it is in the tab order. */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached by Tab");
}

test("the wizard can be completed with the keyboard alone, with a visible focus", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await page.goto("/check");
  const w = wizard(page);
  await expect(w.getByText("所属产业（可多选）")).toBeVisible();

  await tabTo(page, w.getByRole("checkbox", { name: /生物医药/ }));
  await page.keyboard.press("Space");
  await expect(w.getByRole("checkbox", { name: /生物医药/ })).toBeChecked();

  const next = w.getByRole("button", { name: "下一步" });
  for (let i = 0; i < 20 && (await stepHeading(page).textContent()) !== "生物医药"; i++) {
    await tabTo(page, next);
    const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
  }
  await expect(stepHeading(page)).toHaveText("生物医药");
  await expect(stepHeading(page)).toBeFocused();

  await tabTo(page, w.getByRole("button", { name: "添加药品" }));
  await page.keyboard.press("Enter");
  await expect(w.getByLabel("名称")).toBeFocused();
  await tabTo(page, w.getByLabel("药品类型"));
  await page.keyboard.press("ArrowDown"); // 化学药
  await tabTo(page, w.getByLabel("注册分类"));
  await page.keyboard.press("ArrowDown"); // 1 类
  await tabTo(page, w.getByLabel("已在国内开展的临床试验阶段"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown"); // Ⅱ期
  const licensed = w.getByRole("group", { name: "注册申请人已获得许可并进行产业化" });
  await tabTo(page, licensed.getByLabel("不确定"));
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(licensed.getByLabel("是")).toBeChecked();
  const rd = w.getByRole("textbox", { name: /该品种研发投入/ });
  await tabTo(page, rd);
  await expect(rd).not.toHaveCSS("outline-style", "none");
  await page.keyboard.type("3000"); // 万元

  await expect(w.getByLabel("药品类型")).toHaveValue("chemical");
  await expect(w.getByLabel("已在国内开展的临床试验阶段")).toHaveValue("II");
  await expect(clause(page, "biomedicine/3")).toContainText("最高 12,000,000 元");
  expect(errors).toEqual([]);
});

test("a question in the results opens the wizard step that asks it", async ({ page }) => {
  await seed(page, { enterprise: { industries: ["biomedicine"] } }, "start");
  const needs = clause(page, "biomedicine/3", "needs-info");
  await needs.getByRole("button", { name: "去填写：药品（清单）" }).click();
  await expect(stepHeading(page)).toHaveText("生物医药");
  await expect(wizard(page).getByRole("button", { name: "添加药品" })).toBeFocused();

  // Saying “none” settles the question: the clause is no longer waiting for it.
  await wizard(page).getByRole("button", { name: "没有药品" }).click();
  await expect(wizard(page).getByText("已确认：没有药品。")).toBeVisible();
  await expect(needs).toHaveCount(0);
  await expect(clause(page, "biomedicine/3", "ineligible")).toHaveCount(0); // hidden: no near miss
});

type ApiClause = {
  id: string;
  status: string;
  forApplicant: boolean;
  amount: { min: number; max: number } | null;
  nearMisses: unknown[];
  supersededBy?: string;
};

/** An example profile whose result (from the API) holds a clause matching `pick`. */
async function exampleWith(
  request: APIRequestContext,
  pick: (c: ApiClause) => boolean,
): Promise<{ profile: object; clause: ApiClause }> {
  for (const name of readdirSync("examples").filter((f) => f.endsWith(".json"))) {
    const profile = JSON.parse(readFileSync(`examples/${name}`, "utf8"));
    const api = await (
      await request.post("/api/v1/evaluate", { data: { profile, round: ROUND } })
    ).json();
    const found = (api.clauses as ApiClause[]).find((c) => c.forApplicant && pick(c));
    if (found) return { profile, clause: found };
  }
  throw new Error("no example profile has such a clause");
}

test("near misses, superseded clauses and expired policies each have their own section", async ({
  page,
  request,
}) => {
  const near = await exampleWith(
    request,
    (c) => c.status === "ineligible" && c.nearMisses.length > 0,
  );
  await seed(page, near.profile);
  await expect(page.getByRole("heading", { name: /^差一点符合/ })).toBeVisible();
  await expect(clause(page, near.clause.id, "ineligible")).toContainText(/当前 .+，需(达到|超过) /);

  const superseded = await exampleWith(request, (c) => c.status === "superseded");
  await seed(page, superseded.profile);
  await expect(page.getByRole("heading", { name: "由更优条款支持的条款" })).toBeVisible();
  // The better clause is named by where it is written and its heading, never by its id; two items
  // of one article under one heading also say what each pays for.
  const by = findClause(superseded.clause.supersededBy!)!;
  const item = clause(page, superseded.clause.id, "superseded");
  await expect(item).toContainText(
    `改由 ${clauseCitation(by, "zh")} ${clauseTitle(by.id, "zh")} 支持`,
  );
  if (clauseTitle(by.id, "zh") === clauseTitle(superseded.clause.id, "zh"))
    await expect(item).toContainText(by.summary.zh);
  await expect(item).not.toContainText(by.id);

  // The biomedicine policy ends on 2027-12-31, so its last round is 2028: in the 2029 round (events
  // of 2028) its clauses are listed apart, not counted.
  await seed(page, drugMaker(), "biomedicine", 2029);
  await expect(page.getByRole("heading", { name: "不在有效期内的政策" })).toBeVisible();
  await expect(clause(page, "biomedicine/3", "expired")).toContainText(
    "本可获得 最高 12,000,000 元",
  );
  await expect(page.getByTestId("results-total")).toHaveAttribute("data-max", "0");
  await page.getByRole("button", { name: /^1\. 开始/ }).click();
  await expect(
    wizard(page)
      .getByRole("checkbox", { name: /生物医药/ })
      .locator("xpath=..")
      .getByText("已结束，最后一轮 2028 年申报"),
  ).toBeVisible();
});

test("export, clear and import: bad files change nothing, a good one restores the profile", async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await seed(page, drugMaker(), "enterprise");
  const w = wizard(page);
  await expect(w.getByLabel("单位名称")).toHaveValue("杭州示例生物医药有限公司");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出 JSON" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.biomedicine.drugs[0].rdInvestment).toBe(30_000_000);

  await page.getByRole("button", { name: "清除填写内容" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("确定清除所有填写内容吗");
  await expect(confirm.getByRole("button", { name: "确定清除" })).toBeFocused();
  await confirm.getByRole("button", { name: "确定清除" }).click();
  await expect(page.getByText("已清除所有填写内容。")).toBeVisible();
  await expect(stepHeading(page)).toHaveText("开始");
  await expect(w.getByRole("checkbox", { name: /生物医药/ })).not.toBeChecked();

  const input = page.locator('input[type="file"]');
  await input.setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from("{oops"),
  });
  await expect(page.getByText("bad.json 不是有效的 JSON 文件，未做任何更改。")).toBeVisible();
  await input.setInputFiles({
    name: "invalid.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...exported, finance: { 2024: { revenue: -1 } } })),
  });
  await expect(page.getByText("invalid.json 中有 1 处不符合要求，未做任何更改：")).toBeVisible();
  await expect(page.getByText(/2024 年营业收入（finance\.2024\.revenue）/)).toBeVisible();
  await expect(w.getByRole("checkbox", { name: /生物医药/ })).not.toBeChecked();

  await input.setInputFiles(file);
  await expect(page.getByText(/已导入/)).toBeVisible();
  await expect(w.getByRole("checkbox", { name: /生物医药/ })).toBeChecked();
  await expect(clause(page, "biomedicine/3")).toContainText("最高 12,000,000 元");
  expect(errors).toEqual([]);
});

test("the page computes the same result as POST /api/v1/evaluate for every example profile", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const examples = readdirSync("examples").filter((f) => f.endsWith(".json"));
  expect(examples.length).toBeGreaterThan(0);
  await openCheck(page);
  for (const name of examples) {
    const profile = JSON.parse(readFileSync(`examples/${name}`, "utf8"));
    await page.locator('input[type="file"]').setInputFiles(`examples/${name}`);
    await expect(page.getByText(`已导入 ${name}。`)).toBeVisible();
    await page.getByRole("button", { name: /^1\. 开始/ }).click();
    await wizard(page).getByLabel("申报年度").selectOption(String(ROUND));

    const response = await request.post("/api/v1/evaluate", { data: { profile, round: ROUND } });
    expect(response.status(), name).toBe(200);
    const api = (await response.json()) as {
      rulesVersion: string;
      totals: { overall: { min: number; max: number } };
      clauses: ApiClause[];
    };
    const total = page.getByTestId("results-total");
    await expect(total, name).toHaveAttribute("data-max", String(api.totals.overall.max));
    await expect(total, name).toHaveAttribute("data-min", String(api.totals.overall.min));
    await expect(total, name).toHaveAttribute("data-rules-version", api.rulesVersion);

    // The results follow the import a moment later: compare once they have settled.
    await expect(async () => {
      const shown = await page.locator("[data-clause][data-status]").evaluateAll((els) =>
        els.map((el) => ({
          id: el.getAttribute("data-clause")!,
          status: el.getAttribute("data-status")!,
          amount: el.getAttribute("data-amount"),
        })),
      );
      const mine = api.clauses.filter((c) => c.forApplicant);
      const ids = (status: string) =>
        shown
          .filter((c) => c.status === status)
          .map((c) => c.id)
          .sort();
      const apiIds = (pick: (c: ApiClause) => boolean) =>
        mine
          .filter(pick)
          .map((c) => c.id)
          .sort();
      expect(ids("eligible"), name).toEqual(apiIds((c) => c.status === "eligible"));
      expect(ids("needs-info"), name).toEqual(apiIds((c) => c.status === "needs-info"));
      expect(ids("superseded"), name).toEqual(apiIds((c) => c.status === "superseded"));
      expect(ids("ineligible"), name).toEqual(
        apiIds((c) => c.status === "ineligible" && c.nearMisses.length > 0),
      );
      for (const c of mine.filter((x) => x.status === "eligible"))
        expect(
          shown.find((s) => s.id === c.id && s.status === "eligible")?.amount ?? null,
          c.id,
        ).toBe(c.amount ? `${c.amount.min}-${c.amount.max}` : null);
    }).toPass({ timeout: 10_000 });
  }
});

test("the self-check has no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/check");
  // The calculator loads after the page: slow on a loaded machine.
  await expect(wizard(page).getByText("所属产业（可多选）")).toBeVisible({ timeout: 30_000 });
  const serious = () => seriousAxeViolations(page);
  expect(await serious()).toEqual([]);

  await seed(page, drugMaker(), "biomedicine");
  await expect(clause(page, "biomedicine/3")).toBeVisible();
  await wizard(page)
    .getByRole("textbox", { name: /该品种研发投入/ })
    .fill("abc");
  await expect(wizard(page).locator("#f-biomedicine-drugs-0-rdInvestment-error")).toBeVisible();
  await page
    .locator("details")
    .first()
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  expect(await serious()).toEqual([]);
});

test("the self-check fits a 375 px phone screen without sideways scrolling", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await seed(page, drugMaker(), "biomedicine");
  await expect(clause(page, "biomedicine/3")).toBeVisible();
  await expect(
    page
      .getByRole("img", { name: /生物医药/ })
      .locator("svg")
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("check-375.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByRole("button", { name: /^1\. 开始/ }).click();
  await expect(stepHeading(page)).toHaveText("开始");
  await page.screenshot({ path: testInfo.outputPath("check-375-start.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("/check's first-load JavaScript stays under 250 kB gzipped", async ({ request }, testInfo) => {
  const html = await (await request.get("/check")).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\bnoModule\b/i.test(attrs)) // legacy browsers only
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => !!src);
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const src of new Set(scripts))
    gzipped += gzipSync(await (await request.get(src)).body()).length;
  const kB = gzipped / 1024;
  testInfo.annotations.push({ type: "first-load JS", description: `${kB.toFixed(1)} kB gzipped` });
  console.log(`/check first-load JS: ${kB.toFixed(1)} kB gzipped (${scripts.length} scripts)`);
  expect(kB).toBeLessThan(250);
});

test("a first visit loads the rules only once the form is touched; a returning one at once", async ({
  page,
}) => {
  // The rules chunk is the one script holding the texts of the clauses (biomedicine/3's here).
  const RULE_TEXT = "单个品种最高分别不超过 1000 万元";
  const scripts: Promise<string>[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js")) scripts.push(r.text().catch(() => ""));
  });
  const rulesLoaded = async () => (await Promise.all(scripts)).some((t) => t.includes(RULE_TEXT));
  await page.goto("/check");
  await page.waitForLoadState("networkidle");
  await expect(wizard(page).getByText("所属产业（可多选）")).toBeVisible();
  expect(await rulesLoaded()).toBe(false);
  // The first touch of the form fetches them: ticking an industry shows its clauses.
  await wizard(page)
    .getByRole("checkbox", { name: /生物医药/ })
    .check();
  await expect(page.locator("#results-title")).toBeVisible({ timeout: 30_000 });
  expect(await rulesLoaded()).toBe(true);

  // Back with the saved self-check: the rules load with the page, untouched.
  scripts.length = 0;
  await page.reload();
  await expect(page.locator("#results-title")).toBeVisible({ timeout: 30_000 });
  expect(await rulesLoaded()).toBe(true);
});

test("a first visit gets the form in the page's HTML, and nothing moves while the rules load", async ({
  page,
  request,
}) => {
  // Server-rendered: the start step and the empty results column are there before any script.
  const html = await (await request.get("/check")).text();
  expect(html).toContain("所属产业（可多选）");
  expect(html).toContain("评估结果");

  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await openCheck(page);
  // Ticking an industry is answered from the loaded rules: they have arrived.
  await wizard(page)
    .getByRole("checkbox", { name: /生物医药/ })
    .check();
  await expect(page.locator("#results-title")).toBeVisible({ timeout: 30_000 });
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  // The layout shift of the page load (CLS) was 0.29 when the form arrived with the rules.
  expect(shift).toBeLessThan(0.01);
});

test("a returning visitor never sees the fresh form the server sent, only the saved one", async ({
  page,
}) => {
  const industries = () => page.getByText("所属产业（可多选）");
  // Without the app's scripts the page stays as the server sent it: the fresh form.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await page.goto("/check");
  await expect(industries()).toBeVisible();
  await page.evaluate(
    ([key, value]) => window.localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ profile: drugMaker(), round: ROUND, step: "start" })],
  );
  await page.reload();
  await expect(industries()).toBeHidden();
  // With them, the saved self-check replaces it.
  await page.unrouteAll();
  await page.reload();
  await expect(wizard(page).getByRole("checkbox", { name: /生物医药/ })).toBeChecked({
    timeout: 30_000,
  });
  await expect(industries()).toBeVisible();
});
