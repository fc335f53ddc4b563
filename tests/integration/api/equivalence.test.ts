import { roundOn } from "@/lib/rounds";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { evaluate } from "@/lib/engine/evaluate";
import { parseProfileInput as parseProfile } from "@/lib/evaluations/parse-profile";
import { registry } from "@/rules";
import { postJson, withGenerousRateLimit } from "./support";

withGenerousRateLimit();

const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");
const scratch = mkdtempSync(join(tmpdir(), "api-equivalence-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every example profile there is now, and one written here so that the list is never empty. */
const profiles: [string, unknown][] = [
  ...readdirSync("examples")
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f): [string, unknown] => [
      `examples/${f}`,
      JSON.parse(readFileSync(join("examples", f), "utf8")),
    ]),
  ["inline: a class-1 drug in phase II", EXAMPLE_EVALUATE_REQUEST.profile],
];

/**
 * The CLI's answers for every profile, from one run with all the files (the rules load once):
 * per file its JSON result, or undefined when it refused the profile; and the exit code.
 */
async function cliAll(
  all: readonly unknown[],
  asOf: string,
): Promise<{ code: number; results: unknown[] }> {
  const files = all.map((profile, i) => {
    const file = join(scratch, `${i}.json`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  });
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await run(
      process.execPath,
      [TSX, "scripts/estimate.ts", ...files, "--as-of", asOf],
      { maxBuffer: 256 * 1024 * 1024 },
    ));
  } catch (error) {
    ({ stdout, code = -1 } = error as { stdout: string; code?: number });
  }
  const lines = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { file: string; result?: unknown });
  expect(lines.map((l) => l.file)).toEqual(files);
  return { code, results: lines.map((l) => l.result) };
}

async function api(profile: unknown, asOf: string): Promise<Response> {
  return POST(postJson("/evaluate", JSON.stringify({ profile, asOf })));
}

describe.each(["2025-06-30", "2026-03-01"])("on %s the API answers as evaluate() does", (asOf) => {
  it.each(profiles)("%s", async (_, profile) => {
    const response = await api(profile, asOf);
    const parsed = parseProfile(profile);
    if (!parsed.ok) return expect(response.status).toBe(400);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(
      JSON.parse(JSON.stringify(evaluate(registry, parsed.profile, roundOn(asOf)))),
    );
  });
});

describe("the API answers as the CLI (scripts/estimate.ts) prints", () => {
  const asOf = "2025-06-30";
  let fromCli: { code: number; results: unknown[] };
  beforeAll(async () => {
    fromCli = await cliAll(
      profiles.map(([, profile]) => profile),
      asOf,
    );
  }, 120_000);

  it.each(profiles.map(([name, profile], index) => [name, profile, index] as const))(
    "%s",
    async (_, profile, index) => {
      const response = await api(profile, asOf);
      const result = fromCli.results[index];
      if (response.status === 400) {
        // A profile the engine refuses is refused by both: 400 here, an error line there.
        return expect(result).toBeUndefined();
      }
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(result);
    },
  );

  it("exits with code 2 exactly when it refused a profile", () => {
    const refused = fromCli.results.some((r) => r === undefined);
    expect(fromCli.code).toBe(refused ? 2 : 0);
  });
});
