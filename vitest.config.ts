import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

/** Tests that touch no database and no global state: they share one module graph per worker. */
const PURE = ["tests/rules/**", "tests/engine/**", "tests/unit/**"];

export default defineConfig({
  resolve: {
    alias: [
      // `import "server-only"` throws outside React Server Components; tests run server code directly.
      { find: /^server-only$/, replacement: `${root}tests/support/server-only.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    // Database tests use their own file, migrated before any test runs (the database project).
    env: {
      DATABASE_URL: "file:./data/test.db",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Without isolation the rule registry is imported once per worker, not once per file
        // (most of the run was module import before).
        extends: true,
        test: {
          name: "pure",
          include: PURE.map((p) => p.replace("**", "**/*.test.{ts,tsx}")),
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "database",
          globalSetup: ["tests/support/global-setup.ts"],
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          // Multi-instance tests need the production build and PostgreSQL: their own config, run
          // by scripts/test-all.mjs after the build (tests/integration/multi-instance/vitest.config.ts).
          exclude: [
            ...PURE,
            "tests/e2e/**",
            "tests/integration/multi-instance/**",
            "node_modules/**",
          ],
        },
      },
    ],
  },
});
