import { rmSync } from "node:fs";
import { applyMigrations } from "./migrate";

const TEST_DATABASE_URL = "file:./data/test.db";

/** A fresh, migrated data/test.db for every vitest run. */
export default function setup(): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) {
    rmSync(`data/test.db${suffix}`, { force: true });
  }
  applyMigrations(TEST_DATABASE_URL);
}
