import { roundOn } from "@/lib/rounds";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/evaluate/route";
import { EXAMPLE_EVALUATE_REQUEST } from "@/lib/api/example";
import { evaluate } from "@/lib/engine/evaluate";
import { parseProfile } from "@/lib/profile/parse";
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

/** The CLI's answer: its JSON on success, or its exit code when it refuses the profile. */
async function cli(profile: unknown, asOf: string): Promise<{ code: number; result?: unknown }> {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(profile));
  try {
    const { stdout } = await run(
      process.execPath,
      [TSX, "scripts/estimate.ts", file, "--as-of", asOf],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, result: JSON.parse(stdout) };
  } catch (error) {
    return { code: (error as { code?: number }).code ?? -1 };
  }
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
  it.each(profiles)(
    "%s",
    async (_, profile) => {
      const [response, fromCli] = [await api(profile, asOf), await cli(profile, asOf)];
      if (response.status === 400) {
        // A profile the engine refuses is refused by both: 400 here, exit code 2 there.
        return expect(fromCli.code).toBe(2);
      }
      expect(response.status).toBe(200);
      expect(fromCli.code).toBe(0);
      expect(await response.json()).toEqual(fromCli.result);
    },
    120_000,
  );
});
