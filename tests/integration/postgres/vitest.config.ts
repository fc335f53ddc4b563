// The integration suite a second time, on PostgreSQL: `vitest run --config <this file>`.
// DATABASE_URL is TEST_DATABASE_URL, or the local server's test database (scripts/pg-local.sh
// start). scripts/test-all.mjs runs it after the SQLite pass.
import { defineConfig } from "vitest/config";
import base from "../../../vitest.config";
import { testDatabaseUrl } from "./support";

// One project here: the base config's split into pure and database projects does not apply.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: ["tests/integration/**/*.test.ts", "tests/integration/**/*.test.tsx"],
    exclude: ["tests/integration/multi-instance/**", "node_modules/**"],
    env: { ...baseTest.env, DATABASE_URL: testDatabaseUrl() },
    globalSetup: ["tests/integration/postgres/global-setup.ts"],
  },
});
