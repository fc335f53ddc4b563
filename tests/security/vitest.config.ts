// `npm run test:security`: the regression tests of issue 20 (hostile uploads, addresses, passwords,
// lockout, bad input, headers). The default vitest run includes this folder too; with
// TEST_DATABASE_URL=postgresql://… the tests that touch the database run on PostgreSQL
// (scripts/test-all.mjs runs that pass after the SQLite one).
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

const baseTest = base.test ?? {};
const postgres = process.env.TEST_DATABASE_URL?.trim();

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: ["tests/security/**/*.test.ts"],
    ...(postgres
      ? {
          env: { ...baseTest.env, DATABASE_URL: postgres },
          globalSetup: ["tests/integration/postgres/global-setup.ts"],
        }
      : {}),
  },
});
