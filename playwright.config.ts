import { execFileSync } from "node:child_process";
import { defineConfig, devices } from "@playwright/test";

// One free port per run, chosen here and inherited by the workers through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, ["scripts/free-port.mjs"])
  .toString()
  .trim();
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

const E2E_DATABASE = "data/e2e.db";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  reporter: "list",
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The production build (run `next build` first), on a fresh, migrated database of its own.
  webServer: {
    command:
      `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-journal && node scripts/migrate.mjs && ` +
      // The production server as `npm start` runs it: one worker per core on one SQLite file.
      `exec node scripts/serve.mjs --port ${port} --hostname 127.0.0.1`,
    url: `${baseURL}/api/health`,
    env: {
      DATABASE_URL: `file:./${E2E_DATABASE}`,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
