import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BENEFICIARIES, POLICY_KEYS, type Param } from "@/lib/engine/types";
import { ALL_CLAUSES } from "@/rules";

/**
 * No internal name reaches a reader: catalogue ids ("biomedicine/3"), policy and applicant keys
 * ("high-end-equipment", "medical-institution") and the keys of amount tables ("new-drug-1",
 * "productive-trial") never appear in the text of /check, /report or /policies/*, in either
 * language (hidden text included: screen readers read it, and closed details open).
 */
const STORAGE_KEY = "policy-calculator:self-check:v1";
const CLAUSE_ID = /\b[a-z][a-z-]*\/\d+(?:-[a-z])?\b/g;

const tableKeys = ALL_CLAUSES.flatMap((c) =>
  Object.values(c.params as Record<string, Param>).flatMap((p) =>
    p.unit === "table" ? Object.keys(p.value) : [],
  ),
).filter((k) => k.includes("-"));
const KEYS = [...new Set([...POLICY_KEYS, ...BENEFICIARIES, ...tableKeys, "up-to", "to-win"])]
  // One-word keys ("software") are also English words; the ids catch them with a slash.
  .filter((k) => k.includes("-"))
  .sort((a, b) => b.length - a.length);
// A policy key before a word is English ("a visual-intelligence enterprise"); alone it is a key.
const KEY = new RegExp(`(?<![\\w-])(?:${KEYS.join("|")})(?![\\w/-]| [A-Za-z])`, "g");

function internalNames(text: string): string[] {
  return [...new Set([...(text.match(CLAUSE_ID) ?? []), ...(text.match(KEY) ?? [])])];
}

async function mainText(page: Page): Promise<string> {
  return page.locator("main").evaluate((el) => el.textContent ?? "");
}

const example = (name: string) => JSON.parse(readFileSync(`examples/${name}.json`, "utf8"));
const EXAMPLES = [
  "biomedicine-innovative-drug-maker",
  "synthetic-biology-biomanufacturing-breeding",
];

for (const lang of ["zh", "en"] as const) {
  test.describe(`in ${lang}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      if (lang === "en")
        await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    });

    test("the policy pages and the reading conventions show no internal name", async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of [...POLICY_KEYS.map((k) => `/policies/${k}`), "/policies/readings"]) {
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        expect(internalNames(await mainText(page)), path).toEqual([]);
      }
    });

    for (const name of EXAMPLES)
      test(`the self-check and report of ${name} show no internal name`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto("/check");
        await page.evaluate(
          ([key, value]) => window.localStorage.setItem(key!, value!),
          [STORAGE_KEY, JSON.stringify({ profile: example(name), round: 2025, step: "start" })],
        );
        await page.reload();
        await expect(page.locator("#results-title")).toBeVisible({ timeout: 30_000 });
        expect(internalNames(await mainText(page)), "/check").toEqual([]);
        await page.goto("/report");
        await expect(page.getByTestId("report-total")).toBeVisible();
        expect(internalNames(await mainText(page)), "/report").toEqual([]);
      });
  });
}

test("the scan finds what it looks for", () => {
  expect(
    internalNames("生物医药 biomedicine/3 · new-drug-1 5,000,000 元 · productive-trial"),
  ).toEqual(["biomedicine/3", "new-drug-1", "productive-trial"]);
  expect(internalNames("class-1 new drugs; up to CNY 5M; 1/2 of the cost")).toEqual([]);
  expect(internalNames("a visual-intelligence enterprise; under synthetic-biology (十三)")).toEqual(
    ["synthetic-biology"],
  );
});
