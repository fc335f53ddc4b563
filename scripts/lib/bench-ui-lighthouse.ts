/**
 * bench:ui's page-load figures: the Lighthouse performance score of each page when the
 * `lighthouse` package can be loaded — from the project's node_modules, else from a separate
 * prefix (LIGHTHOUSE_PREFIX, default /tmp/lh: `npm install --prefix /tmp/lh lighthouse`), since it
 * is not one of the project's dependencies. Lighthouse runs its default (mobile: simulated slow 4G
 * and 4× CPU slowdown) and its desktop preset, each on a fresh browser profile, in Chromium at
 * CHROMIUM_PATH (default /usr/bin/chromium).
 * Without it, a stand-in measured with Playwright: FCP, LCP and total blocking time (long tasks
 * over 50 ms until 3 s after load), unthrottled — labelled as such, not a Lighthouse score.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "@playwright/test";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

type LighthouseFn = (
  url: string,
  flags: Record<string, unknown>,
  config?: unknown,
) => Promise<{
  lhr: {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
  };
}>;

type Launched = { port: number; kill: () => void | Promise<void> };
type LaunchFn = (options: { chromePath: string; chromeFlags: string[] }) => Promise<Launched>;

/** Lighthouse and chrome-launcher, from node_modules or the prefix; null when neither has them. */
async function loadLighthouse(): Promise<{
  lighthouse: LighthouseFn;
  launch: LaunchFn;
  desktop: unknown;
} | null> {
  const prefix = process.env.LIGHTHOUSE_PREFIX || "/tmp/lh";
  for (const dir of [join(process.cwd(), "node_modules"), join(prefix, "node_modules")]) {
    const core = join(dir, "lighthouse/core/index.js");
    const launcher = join(dir, "chrome-launcher/dist/index.js");
    if (!existsSync(core) || !existsSync(launcher)) continue;
    const lh = (await import(pathToFileURL(core).href)) as { default: LighthouseFn };
    const cl = (await import(pathToFileURL(launcher).href)) as { launch: LaunchFn };
    const desktop = join(dir, "lighthouse/core/config/desktop-config.js");
    const dc = (await import(pathToFileURL(desktop).href)) as { default: unknown };
    return { lighthouse: lh.default, launch: cl.launch, desktop: dc.default };
  }
  return null;
}

export type PageScore =
  | {
      readonly kind: "lighthouse";
      readonly path: string;
      readonly score: number;
      readonly fcp: number;
      readonly lcp: number;
      readonly tbt: number;
      readonly cls: number;
    }
  | { readonly kind: "stand-in"; readonly path: string; fcp: number; lcp: number; tbt: number };

export type Preset = "mobile" | "desktop";

/** Lighthouse's performance score and its FCP/LCP/TBT/CLS for each path, or null. */
export async function lighthouseScores(
  base: string,
  paths: readonly string[],
  preset: Preset = "mobile",
): Promise<PageScore[] | null> {
  const loaded = await loadLighthouse();
  if (!loaded) return null;
  const chrome = await loaded.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
  });
  try {
    const scores: PageScore[] = [];
    for (const path of paths) {
      const { lhr } = await loaded.lighthouse(
        `${base}${path}`,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
        preset === "desktop" ? loaded.desktop : undefined,
      );
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      scores.push({
        kind: "lighthouse",
        path,
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        cls: metric("cumulative-layout-shift"),
      });
    }
    return scores;
  } finally {
    await chrome.kill();
  }
}

/** Installed before the page's own scripts: the blocking part of every long task (over 50 ms). */
const LONG_TASKS = `window.__benchTbt = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__benchTbt += Math.max(0, e.duration - 50); }).observe({ type: "longtask" });`;

/** In the page, 3 s after load: FCP, LCP and the long tasks' blocking time so far. */
const PAGE_METRICS = `new Promise((resolve) => {
  const out = { fcp: NaN, lcp: NaN, tbt: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === "first-contentful-paint") out.fcp = e.startTime; }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) out.lcp = e.startTime; }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve({ ...out, tbt: window.__benchTbt }), 3000);
})`;

/** The stand-in: Playwright-measured FCP, LCP and TBT on a fresh context, no throttling. */
export async function standInScores(
  browser: Browser,
  base: string,
  paths: readonly string[],
): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  for (const path of paths) {
    const context = await browser.newContext({ locale: "zh-CN" });
    await context.addInitScript(LONG_TASKS);
    const page = await context.newPage();
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    const m = (await page.evaluate(PAGE_METRICS)) as { fcp: number; lcp: number; tbt: number };
    scores.push({ kind: "stand-in", path, ...m });
    await context.close();
  }
  return scores;
}
