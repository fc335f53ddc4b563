import { resetDatabase } from "../multi-instance/instances.mjs";
import { testDatabaseUrl } from "./support";

/** A fresh, migrated PostgreSQL test database for the PostgreSQL pass of the integration suite. */
export default async function setup(): Promise<void> {
  await resetDatabase(testDatabaseUrl());
}
