/**
 * node scripts/report-samples.mjs <base URL> [output dir]
 *
 * Prints the self-check report of a 3-clause and a ~20-clause profile in Chinese and English to PDF
 * in Chromium (as "下载 PDF" does) and turns pages 1 and 2 of each into small PNGs with pdftoppm
 * (poppler-utils), the samples under docs/report-samples; the PDFs go to a temporary folder (or
 * KEEP_PDF_DIR). Needs a running server (`npm run dev` or `npm start`) at the base URL.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const [base, out = "docs/report-samples"] = process.argv.slice(2);
if (!base) {
  console.error("usage: node scripts/report-samples.mjs <base URL> [output dir]");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
/** The PDFs (hundreds of KB each) stay out of the repository; only the PNGs are samples. */
const pdfDir = process.env.KEEP_PDF_DIR || mkdtempSync(join(tmpdir(), "report-samples-"));

const STORAGE_KEY = "policy-calculator:self-check:v1";
const example = (file) => JSON.parse(readFileSync(`examples/${file}`, "utf8"));

/** One drug in phase II with 3,000 万元 of R&D: three clauses. */
const short = {
  version: 1,
  enterprise: {
    name: "杭州示例生物医药有限公司",
    creditCode: "91330100MA2EXAMPLE",
    industries: ["biomedicine"],
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
/** The innovative drug maker with the breeding company's synthetic-biology answers: about 20 clauses. */
const drugMaker = example("biomedicine-innovative-drug-maker.json");
const breeding = example("synthetic-biology-biomanufacturing-breeding.json");
const long = {
  ...breeding,
  ...drugMaker,
  enterprise: { ...drugMaker.enterprise, industries: ["biomedicine", "synthetic-biology"] },
  syntheticBiology: breeding.syntheticBiology,
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const [name, profile] of [
    ["3-clauses", short],
    ["20-clauses", long],
  ])
    for (const lang of ["zh", "en"]) {
      const context = await browser.newContext({
        locale: "zh-CN",
        timezoneId: "Asia/Shanghai",
        viewport: { width: 1280, height: 900 },
      });
      await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: base }]);
      const page = await context.newPage();
      await page.goto(`${base}/report`);
      await page.evaluate(
        ([key, value]) => window.localStorage.setItem(key, value),
        [STORAGE_KEY, JSON.stringify({ profile, asOf: "2025-06-30", step: "review" })],
      );
      await page.reload();
      await page.getByTestId("report-total").waitFor();
      const pdf = join(pdfDir, `${name}-${lang}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
      let sizes = 0;
      for (const n of [1, 2]) {
        const prefix = join(out, `${name}-${lang}-page${n}`);
        const args = ["-png", "-gray", "-r", "60", "-f", `${n}`, "-l", `${n}`, "-singlefile"];
        execFileSync("pdftoppm", [...args, pdf, prefix]);
        sizes += statSync(`${prefix}.png`).size;
      }
      console.log(
        `${name} ${lang}: ${pages} pages, PDF ${Math.round(statSync(pdf).size / 1024)} KB, ` +
          `PNG of pages 1 and 2 ${Math.round(sizes / 1024)} KB`,
      );
      await context.close();
    }
} finally {
  await browser.close();
}
