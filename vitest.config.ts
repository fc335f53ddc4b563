import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `import "server-only"` throws outside React Server Components; tests run server code directly.
      { find: /^server-only$/, replacement: `${root}tests/support/server-only.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // Multi-instance tests need the production build and PostgreSQL: their own config, run by
    // scripts/test-all.mjs after the build (tests/integration/multi-instance/vitest.config.ts).
    exclude: ["tests/e2e/**", "tests/integration/multi-instance/**", "node_modules/**"],
    environment: "node",
    // Database tests use their own file, migrated before any test runs.
    env: {
      DATABASE_URL: "file:./data/test.db",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
