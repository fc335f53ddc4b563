// Applies the committed migrations (prisma migrate deploy) to DATABASE_URL, default data/app.db:
// prisma/migrations for a `file:` URL, prisma/postgres/migrations for a `postgresql://` URL
// (prisma.config.ts picks them by the URL).
import { databaseUrl, ensureDatabaseFolder, isPostgresUrl } from "./lib/database.mjs";
import { runNode } from "./lib/run.mjs";

const url = databaseUrl();
ensureDatabaseFolder(url);
const code = runNode("node_modules/prisma/build/index.js", ["migrate", "deploy"], {
  env: { DATABASE_URL: url },
});
// Never print a password.
const shown = isPostgresUrl(url) ? url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@") : url;
if (code !== 0) {
  console.error(`Applying migrations to ${shown} failed.`);
  process.exit(code);
}
// The data migration: stored profiles of version 1 are rewritten in version 2.
const upgraded = runNode("scripts/upgrade-profiles.mjs", [], { env: { DATABASE_URL: url } });
if (upgraded !== 0) console.error(`Upgrading the stored profiles in ${shown} failed.`);
process.exit(upgraded);
