import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import {
  BROWSER_FORBIDDEN,
  importBoundaries,
  PURE_FORBIDDEN,
} from "./scripts/lib/import-boundaries.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a parameter or binding that is unused on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // Two server workers share one SQLite file: transactions go through lib/data/transaction.ts,
    // which runs one again when another process wrote first.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/data/transaction.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='$transaction']",
          message: "Use transaction(client, …) from lib/data/transaction.ts.",
        },
      ],
    },
  },
  {
    // The profile is strict at every depth: objects are built with strict.object (lib/profile/
    // fields.ts), so that a misspelled key is refused instead of silently dropped.
    files: ["lib/profile/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='$transaction']",
          message: "Use transaction(client, …) from lib/data/transaction.ts.",
        },
        {
          selector:
            "MemberExpression[object.name='z'][property.name=/^(object|looseObject|passthrough)$/]",
          message: "Profile objects are strict: use strict.object from lib/profile/fields.ts.",
        },
        {
          selector: "MemberExpression[property.name=/^(passthrough|loose|strip)$/]",
          message: "Profile objects are strict: use strict.object from lib/profile/fields.ts.",
        },
      ],
    },
  },
  {
    // Import boundaries (scripts/lib/import-boundaries.mjs; tests/unit/import-boundaries.test.ts).
    plugins: { boundaries: importBoundaries },
  },
  {
    // Pure code: the same in the browser, the server, the CLI and the tests.
    files: [
      "lib/engine/**",
      "lib/profile/**",
      "rules/**",
      "lib/evaluations/**",
      "lib/clients/**",
      "lib/browser/**",
    ],
    rules: { "boundaries/import-boundaries": ["error", { forbidden: PURE_FORBIDDEN }] },
  },
  {
    // Client components: whatever they import is shipped to the browser.
    files: ["app/**/*.tsx", "components/**/*.tsx", "lib/**/*.tsx"],
    rules: {
      "boundaries/import-boundaries": [
        "error",
        { forbidden: BROWSER_FORBIDDEN, onlyUseClient: true },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "generated/**",
    "data/**",
    "coverage/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
