import { rmSync } from "node:fs";
import type { Actor } from "@/lib/staff/actor";
import { applyMigrations } from "@/tests/support/migrate";

/**
 * Points the data layer at a fresh, migrated SQLite file of this test file's own, so that test
 * files running in parallel do not share a database. Call at the top of the file, before any
 * data-layer function runs.
 */
export function freshStaffDatabase(name: string): string {
  const path = `data/test-staff-${name}.db`;
  for (const suffix of ["", "-journal", "-wal", "-shm"])
    rmSync(`${path}${suffix}`, { force: true });
  const url = `file:./${path}`;
  applyMigrations(url);
  process.env.DATABASE_URL = url;
  const g = globalThis as { prisma?: unknown; staffDb?: unknown };
  delete g.prisma;
  delete g.staffDb;
  return path;
}

export const PASSWORD = "correct horse battery";

let counter = 0;

/** A centre with an admin-free staff member, created through the data layer. */
export async function makeCentre(label: string): Promise<{ centreId: string; staff: Actor }> {
  const accounts = await import("@/lib/data/accounts");
  const centre = await accounts.createCentre(null, { name: `${label} ${++counter}` });
  const user = await accounts.createStaff(null, {
    email: `staff-${counter}-${label.toLowerCase().replace(/\W+/g, "")}@example.org`,
    name: `${label} staff`,
    role: "staff",
    centreId: centre.id,
    password: PASSWORD,
  });
  return { centreId: centre.id, staff: actorOf(user) };
}

export async function makeAdmin(): Promise<Actor> {
  const accounts = await import("@/lib/data/accounts");
  const user = await accounts.createStaff(null, {
    email: `admin-${++counter}@example.org`,
    name: "Admin",
    role: "admin",
    centreId: null,
    password: PASSWORD,
  });
  return actorOf(user);
}

function actorOf(u: {
  id: string;
  email: string;
  name: string;
  role: "admin" | "staff";
  centreId: string | null;
  centreName: string | null;
}): Actor {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    centreId: u.centreId,
    centreName: u.centreName,
  };
}
