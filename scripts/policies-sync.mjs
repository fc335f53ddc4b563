// npm run policies:sync — refreshes docs/policies/ (the nine policy texts, catalogue.json,
// readings.md, notices.md: the law the rules are checked against) from ../shared/policies/ when
// that folder exists beside the checkout. The copy is committed, so a clone stands alone;
// tests/unit/policies-copy.test.ts says when it differs from ../shared/policies.
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const SOURCE = resolve(ROOT, "../shared/policies");
const COPY = join(ROOT, "docs/policies");

if (!existsSync(SOURCE)) {
  console.log(`${SOURCE} does not exist: docs/policies/ stays as committed.`);
  process.exit(0);
}
mkdirSync(COPY, { recursive: true });
const wanted = new Set(readdirSync(SOURCE));
let changed = 0;
for (const name of wanted) {
  const from = join(SOURCE, name);
  const to = join(COPY, name);
  if (existsSync(to) && readFileSync(from).equals(readFileSync(to))) continue;
  if (existsSync(to)) rmSync(to);
  copyFileSync(from, to);
  chmodSync(to, 0o644); // the source may be read-only; the copy is ours to refresh
  console.log(`updated docs/policies/${name}`);
  changed++;
}
for (const name of readdirSync(COPY))
  if (!wanted.has(name)) {
    rmSync(join(COPY, name));
    console.log(`removed docs/policies/${name}`);
    changed++;
  }
console.log(
  changed ? `${changed} file(s) changed: commit docs/policies/.` : "docs/policies/ is current.",
);
