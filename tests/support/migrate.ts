import { execFileSync } from "node:child_process";

/** Applies the committed migrations to `url` with the Prisma CLI, as `npm start` does. */
export function applyMigrations(url: string): void {
  execFileSync(process.execPath, ["scripts/migrate.mjs"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}
