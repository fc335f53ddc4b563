/**
 * bench:ui's keystroke figure: /check with an example profile restored from localStorage (as a
 * previous visit leaves it), a money field that moves the headline total focused, and one key
 * pressed at a time — alternately a digit and Backspace, so that every key changes the total. In
 * the page, the time runs from the keydown event's timestamp to the MutationObserver callback that
 * sees the results total's data-max change ("DOM"), and to the first task after the next frame
 * ("painted").
 */
import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { STORAGE_KEY } from "@/lib/browser/self-check-store";

export const KEYSTROKE_PROFILE = "examples/biomedicine-innovative-drug-maker.json";
/** The wizard step and field: 投资项目 → 实际投资总额 of the first project (30%, no cap: 12-a). */
const STEP = "projects";
const FIELD = "#f-projects-0-eligibleInvestment";
const ROUND = 2025;
const TOTAL = '[data-testid="results-total"]';
const WARM_UP = 6;

/**
 * Arms the page for one key: window.__benchPending resolves with { dom, painted } in ms once the
 * total's data-max differs from now. A string, not a function: tsx's helpers do not exist in the
 * page.
 */
const ARM = `(() => {
  const el = document.querySelector(${JSON.stringify(TOTAL)});
  const before = el.getAttribute("data-max");
  let t0 = null;
  window.addEventListener("keydown", (e) => { t0 ??= e.timeStamp; }, { capture: true, once: true });
  window.__benchPending = new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error("the total did not change")); }, 15000);
    const observer = new MutationObserver(() => {
      if (el.getAttribute("data-max") === before) return;
      const dom = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ dom, painted: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(el, { attributes: true, attributeFilter: ["data-max"] });
  });
})()`;

export type KeystrokeRun = {
  readonly rate: number;
  readonly dom: readonly number[];
  readonly painted: readonly number[];
};

export const percentile = (xs: readonly number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

/** `keys` measured keystrokes (after a few unmeasured) at each CPU slowdown in `rates`. */
export async function measureKeystrokes(
  browser: Browser,
  base: string,
  keys: number,
  rates: readonly number[],
): Promise<KeystrokeRun[]> {
  const profile: unknown = JSON.parse(readFileSync(KEYSTROKE_PROFILE, "utf8"));
  const context = await browser.newContext({
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${base}/check`);
  const saved = JSON.stringify({ profile, round: ROUND, step: STEP });
  await page.evaluate(
    `localStorage.setItem(${JSON.stringify(STORAGE_KEY)}, ${JSON.stringify(saved)})`,
  );
  await page.reload();
  const field = page.locator(FIELD);
  await field.waitFor({ timeout: 60_000 });
  await page.locator(TOTAL).waitFor();
  const cdp = await context.newCDPSession(page);
  const runs: KeystrokeRun[] = [];
  try {
    for (const rate of rates) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate });
      await field.focus();
      await page.keyboard.press("End");
      const dom: number[] = [];
      const painted: number[] = [];
      for (let i = 0; i < WARM_UP + keys; i++) {
        await page.evaluate(ARM);
        await page.keyboard.press(i % 2 === 0 ? "5" : "Backspace");
        const t = (await page.evaluate("window.__benchPending")) as {
          dom: number;
          painted: number;
        };
        if (i >= WARM_UP) {
          dom.push(t.dom);
          painted.push(t.painted);
        }
        await page.waitForTimeout(100 * rate); // let the page go idle before the next key
      }
      runs.push({ rate, dom, painted });
    }
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }).catch(() => undefined);
    await context.close();
  }
  return runs;
}
