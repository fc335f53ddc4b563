// Applies the committed migrations (prisma migrate deploy) to DATABASE_URL, default data/app.db.
import { databaseUrl, ensureDatabaseFolder } from "./lib/database.mjs";
import { runNode } from "./lib/run.mjs";

const url = databaseUrl();
ensureDatabaseFolder(url);
const code = runNode("node_modules/prisma/build/index.js", ["migrate", "deploy"], {
  env: { DATABASE_URL: url },
});
if (code !== 0) console.error(`Applying migrations to ${url} failed.`);
process.exit(code);
