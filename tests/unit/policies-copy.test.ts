// docs/policies/ is the project's copy of the law (../shared/policies/ beside the checkout, where
// that exists): the rules' tests read the copy, so a clone stands alone. When ../shared/policies
// is there, the copy must match it file for file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
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
