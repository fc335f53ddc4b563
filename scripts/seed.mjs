// Seed hook of `npm start` (idempotent). On first start it creates the admin named by ADMIN_EMAIL /
// ADMIN_PASSWORD, and, unless SEED_DEMO=0, gives an empty database demo centres, accounts and
// clients (README: 服务中心). The work is lib/data/seed.ts, run through tsx with the
// react-server condition so that server-only modules load outside Next.js.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { scriptEnv } from "./lib/env.mjs";

const CHILD = "POLICY_SEED_CHILD";

if (process.env[CHILD] !== "1") {
  if (process.env.SEED_DEMO?.trim() === "0" && !process.env.ADMIN_EMAIL?.trim()) {
    console.log("seed: SEED_DEMO=0 and no ADMIN_EMAIL: nothing to do.");
    process.exit(0);
  }
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url)];
  let status = 1;
  // Two processes seeding one SQLite file at once: the loser of the write lock retries.
  for (let attempt = 1; attempt <= 3 && status !== 0; attempt++) {
    const result = spawnSync(process.execPath, args, {
      stdio: "inherit",
      env: scriptEnv({ [CHILD]: "1" }),
    });
    status = result.status ?? 1;
    if (status !== 0 && attempt < 3) await new Promise((r) => setTimeout(r, 500 * attempt));
  }
  process.exit(status);
}

const { seed } = await import("../lib/data/seed.ts");
const report = await seed();
if (report.admin === "created") console.log(`seed: created the admin ${process.env.ADMIN_EMAIL}.`);
if (report.demo === "created")
  console.log(
    "seed: created the demo centres, accounts and clients (README: 服务中心). Change the demo passwords.",
  );
if (report.admin !== "created" && report.demo !== "created") console.log("seed: nothing to do.");
process.exit(0);
