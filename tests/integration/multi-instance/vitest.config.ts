// The multi-instance tests: two production servers (scripts/serve.mjs; run `next build` first) on one
// PostgreSQL database. `vitest run --config <this file>`; scripts/test-all.mjs runs it after the
// build. The database: MULTI_DATABASE_URL, or the local server's (scripts/pg-local.sh start).
import { defineConfig } from "vitest/config";
import base from "../../../vitest.config";
import { multiDatabaseUrl } from "./urls";

// One project here: the base config's split into pure and database projects does not apply.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: ["tests/integration/multi-instance/**/*.test.ts"],
    exclude: ["node_modules/**"],
    // The tests' own database access (setting up accounts, reading results) goes to the same database.
    env: { ...baseTest.env, DATABASE_URL: multiDatabaseUrl() },
    globalSetup: ["tests/integration/multi-instance/global-setup.ts"],
    // Two servers already share the two cores: one test file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
