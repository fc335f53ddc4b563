import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
const scratch = mkdtempSync(join(tmpdir(), "estimate-strict-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function estimate(profile: unknown, ...args: string[]) {
  const file = join(scratch, "profile.json");
  writeFileSync(file, JSON.stringify(profile));
  try {
    const { stdout, stderr } = await run(process.execPath, [
      TSX,
      "scripts/estimate.ts",
      file,
      ...args,
    ]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run estimate refuses a misspelled key", () => {
  it("projects[0].eligibleInvestmnt: exit code 2, nothing on stdout, the path and “eligibleInvestment” on stderr", async () => {
    const r = await estimate(
      {
        enterprise: { industries: ["high-end-equipment"] },
        projects: [{ id: "p1", name: "产线", year: 2024, eligibleInvestmnt: 200_000_000 }],
      },
      "--round",
      "2025",
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("projects[0].eligibleInvestmnt");
    expect(r.stderr).toContain("是否应为");
    expect(r.stderr).toContain("（eligibleInvestment）");
  }, 60_000);

  it("a loan on a project that is not there: exit code 2 naming loans[0].projectId (English)", async () => {
    const r = await estimate(
      {
        enterprise: {},
        loans: [{ id: "l1", name: "贷款", projectId: "nope", amount: 1_000_000, year: 2024 }],
      },
      "--lang",
      "en",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("loans[0].projectId");
  }, 60_000);
});
