import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import { resetDatabase, startInstances } from "./instances.mjs";
import { MULTI_API_LIMIT, multiDatabaseUrl } from "./urls";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URLs of the two servers, e.g. http://127.0.0.1:41234. */
    instances: string[];
  }
}

/**
 * An empty, migrated PostgreSQL database with the first-start seed (demo centres, accounts and
 * clients), and two production servers (scripts/serve.mjs, one worker each) on it. Stopped after the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = multiDatabaseUrl();
  await resetDatabase(url);
  const seed = spawnSync(process.execPath, ["scripts/seed.mjs"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding failed:\n${seed.stdout}\n${seed.stderr}`);
  const { instances, stop } = await startInstances({
    databaseUrl: url,
    count: 2,
    // The tests stand in for many clients behind one proxy: each sends its own X-Forwarded-For
    // from 127.0.0.1, which is believed only because it is the trusted proxy here.
    env: { API_RATE_LIMIT_PER_MINUTE: String(MULTI_API_LIMIT), TRUSTED_PROXY: "127.0.0.1, ::1" },
  });
  project.provide(
    "instances",
    instances.map((instance) => instance.base),
  );
  return stop;
}
