// docs/policies/ is the project's copy of the law (../shared/policies/ beside the checkout, where
// that exists): the rules' tests read the copy, so a clone stands alone. When ../shared/policies
// is there, the copy must match it file for file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SHARED = "../shared/policies";
const COPY = "docs/policies";
const FIX = "run `npm run policies:sync` and commit docs/policies/";

describe("the copy of the policy texts in docs/policies", () => {
  it("holds the nine texts, the catalogue, the readings and the notices", () => {
    const files = readdirSync(COPY);
    expect(files.filter((f) => /^0\d-[a-z-]+\.md$/.test(f))).toHaveLength(9);
    for (const name of ["catalogue.json", "readings.md", "notices.md"])
      expect(files).toContain(name);
  });

  it.skipIf(!existsSync(SHARED))(`is the same as ${SHARED} (else ${FIX})`, () => {
    const shared = readdirSync(SHARED).sort();
    expect(readdirSync(COPY).sort(), FIX).toEqual(shared);
    for (const name of shared)
      expect(readFileSync(`${COPY}/${name}`, "utf8"), `${name}: ${FIX}`).toBe(
        readFileSync(`${SHARED}/${name}`, "utf8"),
      );
  });
});

/** Source files under `dir`, recursively (node_modules and build output left out). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory())
      return e.name === "node_modules" || e.name.startsWith(".") ? [] : sources(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe("a clone without ../shared beside it", () => {
  it("no code or test reads ../shared/policies (only the sync script and the check above may name it)", () => {
    const allowed = new Set(["scripts/policies-sync.mjs", "tests/unit/policies-copy.test.ts"]);
    const readers = ["app", "components", "lib", "rules", "scripts", "tests"]
      .flatMap(sources)
      .filter((f) => !allowed.has(f))
      .filter((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && /\.\.\/shared\/policies/.test(line)),
      );
    expect(readers).toEqual([]);
  });
});
