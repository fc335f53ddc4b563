// Data migration of scripts/migrate.mjs, after the schema migrations: rewrites every stored
// profile of version 1 in version 2 (yearly figures keyed by calendar year). Idempotent. The work
// is lib/data/profile-upgrade.ts, run through tsx with the react-server condition so that
// server-only modules load outside Next.js.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { scriptEnv } from "./lib/env.mjs";

const CHILD = "POLICY_UPGRADE_CHILD";

if (process.env[CHILD] !== "1") {
  const args = ["--conditions=react-server", "--import", "tsx", fileURLToPath(import.meta.url)];
  const result = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: scriptEnv({ [CHILD]: "1" }),
  });
  process.exit(result.status ?? 1);
}

const { createPrismaClient } = await import("../lib/data/db.ts");
const { upgradeStoredProfiles } = await import("../lib/data/profile-upgrade.ts");
const client = createPrismaClient();
try {
  const r = await upgradeStoredProfiles(client);
  const n = r.clients + r.evaluations + r.batchRows;
  if (n > 0 || r.skipped > 0)
    console.log(
      `profiles: upgraded to version 2 — ${r.clients} clients, ${r.evaluations} saved evaluations, ${r.batchRows} batch rows` +
        (r.skipped ? `; ${r.skipped} unreadable rows left as they were` : ""),
    );
} finally {
  await client.$disconnect();
}
process.exit(0);
