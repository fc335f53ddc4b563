import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { shareFragment } from "@/lib/browser/share-link";

/**
 * English mode (issue 16): apart from the legal citations (marked lang="zh-CN", the Chinese text
 * stays beside the English as the reference) and the enterprise's own names, no Chinese is shown
 * on the self-check's results and the report.
 */
const ROUND = 2025;
const EXAMPLES = readdirSync("examples").filter((f) => f.endsWith(".json"));

test.beforeEach(() => test.slow());

/** The profile's own names (enterprise, products, projects…): what the user typed stays as typed. */
function namesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => namesOf(v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if ((k === "name" || k === "district") && typeof v === "string") out.push(v);
      else namesOf(v, out);
    }
  return out;
}

/**
 * Legal wording quoted in English sentences is a citation too: “研发投入”, "新增", 《policy title》, and article numbers
 * or titles in brackets, (十五), (杭州市人民政府办公厅关于…), (从优、就高、不重复).
 */
const quoted = (text: string) =>
  text
    .replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, "")
    .replace(/[(（][^()（）]*[)）]/g, "")
    .replace(/[(（][^()（）]*[)）]/g, "");

/** Visible text outside Chinese citations that holds Chinese characters, with the names removed. */
async function chineseOutsideCitations(page: Page, names: readonly string[]): Promise<string[]> {
  const texts = await page.locator("main").evaluate((main) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="zh-CN"], [aria-hidden="true"], script, style')) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const text = n.textContent?.trim();
      if (text && /[\u4e00-\u9fff]/.test(text)) out.push(text);
    }
    return out;
  });
  return [
    ...new Set(
      texts
        .map((t) => quoted(names.reduce((s, name) => s.split(name).join(""), t)))
        .filter((t) => /[\u4e00-\u9fff]/.test(t)),
    ),
  ];
}

for (const file of EXAMPLES)
  test(`in English, the results and the report of ${file.replace(".json", "")} show Chinese only in citations and names`, async ({
    browser,
    baseURL,
  }) => {
    const profile = JSON.parse(readFileSync(`examples/${file}`, "utf8"));
    const context = await browser.newContext({ locale: "en-US" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(`/check${await shareFragment(profile, ROUND)}`);
    await expect(page.getByTestId("results-total")).toBeVisible({ timeout: 30_000 });
    const names = namesOf(profile);
    expect(await chineseOutsideCitations(page, names), "/check").toEqual([]);
    await page.goto("/report");
    await expect(page.getByTestId("report-total")).toBeVisible({ timeout: 30_000 });
    expect(await chineseOutsideCitations(page, names), "/report").toEqual([]);
    await context.close();
  });
