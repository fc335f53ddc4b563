// The ESLint import boundaries (eslint.config.mjs, scripts/lib/import-boundaries.mjs) fail on
// deliberate violations: the project's own config, run through ESLint's Node API on source text.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The boundary messages ESLint reports for `code` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === "boundaries/import-boundaries")
    .map((m) => m.message);
}

const CLIENT_COMPONENT = (importLine: string) =>
  `"use client";\n${importLine}\nexport function Thing() {\n  return <p>{String(x)}</p>;\n}\n`;

describe("the import boundaries", () => {
  it("refuse the data layer, Prisma and Node built-ins in the engine, the profile and the rules", async () => {
    const cases: [string, string][] = [
      ["lib/engine/violation.ts", 'import { db } from "@/lib/data/db";'],
      ["lib/engine/violation.ts", 'import { db } from "../data/db";'],
      ["lib/profile/violation.ts", 'import { PrismaClient } from "@/generated/prisma/client";'],
      ["rules/biomedicine/violation.ts", 'import { readFileSync } from "node:fs";'],
      ["rules/violation.ts", 'import { readFileSync } from "fs";'],
      ["lib/engine/violation.ts", 'import { NextResponse } from "next/server";'],
      ["lib/engine/violation.ts", 'export { db } from "@/lib/data/db";'],
      ["lib/engine/violation.ts", 'const m = await import("@/lib/batch/export");'],
    ];
    for (const [file, line] of cases) {
      const errors = await boundaryErrors(file, `${line}\nexport const x = 1;\n`);
      expect(errors, `${file}: ${line}`).toHaveLength(1);
    }
  });

  it("let pure code import pure code", async () => {
    const code =
      'import { yuan } from "@/lib/engine/money";\nimport { z } from "zod";\nexport const x = [yuan, z];\n';
    expect(await boundaryErrors("rules/violation.ts", code)).toEqual([]);
  });

  it("refuse the data layer in client components and lib/browser, but not in server components", async () => {
    const line = 'import { listClients as x } from "@/lib/data/clients";';
    expect(await boundaryErrors("components/violation.tsx", CLIENT_COMPONENT(line))).toEqual([
      "A client component may not import '@/lib/data/clients': The database is reached only through the data layer, from server code.",
    ]);
    expect(
      await boundaryErrors("lib/browser/violation.ts", `${line}\nexport const y = x;\n`),
    ).toHaveLength(1);
    const serverComponent = CLIENT_COMPONENT(line).replace('"use client";\n', "");
    expect(await boundaryErrors("components/violation.tsx", serverComponent)).toEqual([]);
  });

  it("let client components import the data layer's types, which the build erases", async () => {
    const line = 'import type { BatchJobView as x } from "@/lib/data/batch";';
    expect(await boundaryErrors("app/violation.tsx", CLIENT_COMPONENT(line))).toEqual([]);
  });
});
