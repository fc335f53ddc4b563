import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profile/schema";
import { freshStaffDatabase } from "./support";

await freshStaffDatabase("seed");

const { seed, DEMO_ACCOUNTS } = await import("@/lib/data/seed");
const { authenticate } = await import("@/lib/data/sessions");
const { db } = await import("@/lib/data/db");
const clients = await import("@/lib/data/clients");

const validExamples = readdirSync("examples")
  .filter((f) => f.endsWith(".json"))
  .filter(
    (f) => profileSchema.safeParse(JSON.parse(readFileSync(`examples/${f}`, "utf8"))).success,
  );

async function counts() {
  const client = await db();
  return {
    centres: await client.serviceCentre.count(),
    staff: await client.staffUser.count(),
    clients: await client.client.count(),
  };
}

describe("the seed hook (scripts/seed.mjs → lib/data/seed.ts)", () => {
  it("gives an empty database two demo centres, three accounts and the example clients", async () => {
    expect(await seed({}, "examples")).toEqual({ admin: "skipped", demo: "created" });
    expect(await counts()).toEqual({ centres: 2, staff: 3, clients: validExamples.length });
    for (const a of DEMO_ACCOUNTS) {
      const r = await authenticate(a.email, a.password, { ip: "192.0.2.5" });
      expect(r.ok, a.email).toBe(true);
    }
  });

  it("puts the second staff account in the other centre, which sees none of the first's clients", async () => {
    const west = await authenticate("staff@example.com", "demo-staff-2026", { ip: "192.0.2.6" });
    const other = await authenticate("staff2@example.com", "demo-staff2-2026", { ip: "192.0.2.6" });
    if (!west.ok || !other.ok) throw new Error("demo login failed");
    expect(west.actor.centreId).not.toBe(other.actor.centreId);
    const westClients = await clients.listClients(west.actor, { pageSize: 100 });
    const otherClients = await clients.listClients(other.actor, { pageSize: 100 });
    expect(westClients.total + otherClients.total).toBe(validExamples.length);
    const otherIds = new Set(otherClients.items.map((c) => c.id));
    expect(westClients.items.some((c) => otherIds.has(c.id))).toBe(false);
  });

  it("is idempotent", async () => {
    const before = await counts();
    expect(await seed({}, "examples")).toEqual({ admin: "skipped", demo: "skipped" });
    expect(await counts()).toEqual(before);
  });

  it("creates the ADMIN_EMAIL admin once, on a database that already has data", async () => {
    const env = { ADMIN_EMAIL: "Chief@Example.org", ADMIN_PASSWORD: "a long admin password" };
    expect(await seed(env, "examples")).toEqual({ admin: "created", demo: "skipped" });
    expect(await seed(env, "examples")).toEqual({ admin: "exists", demo: "skipped" });
    const r = await authenticate("chief@example.org", "a long admin password", { ip: "192.0.2.7" });
    expect(r.ok && r.actor.role).toBe("admin");
    await expect(seed({ ADMIN_EMAIL: "x@example.org", ADMIN_PASSWORD: "short" })).rejects.toThrow(
      /at least 10/,
    );
  });

  it("with SEED_DEMO=0 creates no demo data on an empty database", async () => {
    await freshStaffDatabase("seed-empty");
    const env = { SEED_DEMO: "0", ADMIN_EMAIL: "only@example.org", ADMIN_PASSWORD: "0123456789ab" };
    expect(await seed(env, "examples")).toEqual({ admin: "created", demo: "skipped" });
    expect(await counts()).toEqual({ centres: 0, staff: 1, clients: 0 });
  });
});
