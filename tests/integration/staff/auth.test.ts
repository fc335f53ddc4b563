import { beforeAll, describe, expect, it } from "vitest";
import {
  makeAdmin,
  makeCentre,
  PASSWORD,
  freshStaffDatabase,
  rawRows,
  tableNames,
} from "./support";

await freshStaffDatabase("auth");

const { authenticate, resolveSession, endSession } = await import("@/lib/data/sessions");
const { updateStaff, changeOwnPassword } = await import("@/lib/data/accounts");
const { listAudit } = await import("@/lib/data/audit");
const { hashSessionToken } = await import("@/lib/auth/token");

const meta = { ip: "203.0.113.7", userAgent: "vitest" };
const t0 = new Date("2026-03-02T09:00:00+08:00");
const at = (ms: number) => new Date(t0.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

let staff: Awaited<ReturnType<typeof makeCentre>>["staff"];
beforeAll(async () => {
  ({ staff } = await makeCentre("Auth centre"));
});

describe("logging in", () => {
  it("with the right password gives a session whose token is stored only as a hash", async () => {
    const result = await authenticate(staff.email.toUpperCase(), PASSWORD, meta, t0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.actor).toMatchObject({ id: staff.id, role: "staff", centreId: staff.centreId });
    const rows = await rawRows<{ tokenHash: string }>('SELECT "tokenHash" FROM "Session"');
    expect(rows.map((r) => r.tokenHash)).toContain(hashSessionToken(result.token));
    expect(rows.map((r) => r.tokenHash)).not.toContain(result.token);
    expect((await resolveSession(result.token, at(MINUTE)))?.actor.id).toBe(staff.id);
  });

  it("with a wrong password or an unknown address is refused the same way", async () => {
    expect(await authenticate(staff.email, "wrong password!", { ip: "198.51.100.1" }, t0)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate("nobody@example.org", PASSWORD, { ip: "198.51.100.2" }, t0)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("stores no password in plain text anywhere, the audit log included", async () => {
    const tables = await tableNames();
    expect(tables).toContain("StaffUser");
    for (const name of tables) {
      const rows = await rawRows(`SELECT * FROM "${name}"`);
      const text = JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? String(v) : v));
      expect(text, name).not.toContain(PASSWORD);
      expect(text, name).not.toContain("wrong password!");
    }
    const hashes = await rawRows<{ passwordHash: string }>(
      'SELECT "passwordHash" FROM "StaffUser"',
    );
    for (const h of hashes) expect(h.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe("repeated failed logins", () => {
  it("slow down after three failures, then lock the account for 15 minutes", async () => {
    const { staff: victim } = await makeCentre("Throttle centre");
    const ip = { ip: "192.0.2.10" };
    for (let i = 0; i < 3; i++)
      expect(await authenticate(victim.email, "guess-" + i, ip, at(i * SECOND))).toEqual({
        ok: false,
        reason: "invalid",
      });
    // The fourth attempt within a second must wait, even with the right password.
    const waiting = await authenticate(victim.email, PASSWORD, ip, at(2 * SECOND + 100));
    expect(waiting).toMatchObject({ ok: false, reason: "slow-down" });

    let clock = 10 * SECOND;
    let last: Awaited<ReturnType<typeof authenticate>> | undefined;
    for (let i = 3; i < 10; i++) {
      clock += 31 * SECOND; // past any delay
      last = await authenticate(victim.email, "guess-" + i, ip, at(clock));
    }
    expect(last).toMatchObject({ ok: false, reason: "locked" });
    const locked = await authenticate(victim.email, PASSWORD, ip, at(clock + 5 * MINUTE));
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    const later = await authenticate(victim.email, PASSWORD, ip, at(clock + 16 * MINUTE));
    expect(later.ok).toBe(true);
  });

  it("count in the database, so another instance (a new client) sees them", async () => {
    const { staff: victim } = await makeCentre("Shared counter centre");
    for (let i = 0; i < 3; i++) await authenticate(victim.email, "x" + i, { ip: "192.0.2.20" }, t0);
    const g = globalThis as { prisma?: unknown; staffDb?: unknown };
    delete g.prisma;
    delete g.staffDb;
    const fresh = await import("@/lib/data/sessions");
    expect(
      await fresh.authenticate(victim.email, PASSWORD, { ip: "192.0.2.20" }, at(100)),
    ).toMatchObject({
      ok: false,
      reason: "slow-down",
    });
  });
});

describe("sessions", () => {
  async function login(now = t0) {
    const result = await authenticate(staff.email, PASSWORD, { ip: "192.0.2.30" }, now);
    if (!result.ok) throw new Error("login failed");
    return result.token;
  }

  it("end after 8 hours without a request", async () => {
    const token = await login();
    // Each request restarts the 8 hours…
    expect(await resolveSession(token, at(7 * HOUR))).not.toBeNull();
    expect(await resolveSession(token, at(15 * HOUR - MINUTE))).not.toBeNull();
    // …and 8 hours of silence end the session.
    expect(await resolveSession(token, at(23 * HOUR))).toBeNull();
  });

  it("end 7 days after login however busy", async () => {
    const token = await login();
    for (let h = 4; h < 7 * 24; h += 4)
      expect(await resolveSession(token, at(h * HOUR))).not.toBeNull();
    expect(await resolveSession(token, at(7 * 24 * HOUR + MINUTE))).toBeNull();
  });

  it("that can no longer be used are deleted at the next login", async () => {
    const idle = await login(at(100 * HOUR));
    const busy = await login(at(100 * HOUR));
    // `busy` is used 7 h 59 min before the next login, `idle` last 10 h before it.
    expect(await resolveSession(busy, at(102 * HOUR + MINUTE))).not.toBeNull();
    const live = async () =>
      (await rawRows<{ tokenHash: string }>('SELECT "tokenHash" FROM "Session"')).map(
        (r) => r.tokenHash,
      );
    expect(await live()).toContain(hashSessionToken(idle));
    await login(at(110 * HOUR));
    expect(await live()).not.toContain(hashSessionToken(idle));
    expect(await live()).toContain(hashSessionToken(busy));
    // Sessions of earlier tests (logged in at t0, 7 days = 168 h at most) are gone after 7 days.
    await login(at(7 * 24 * HOUR + 110 * HOUR));
    expect(await live()).not.toContain(hashSessionToken(busy));
  });

  it("end at logout", async () => {
    const token = await login();
    await endSession(token);
    expect(await resolveSession(token, at(MINUTE))).toBeNull();
  });

  it("end when an admin deactivates the account", async () => {
    const admin = await makeAdmin();
    const { staff: leaver } = await makeCentre("Leaver centre");
    const result = await authenticate(leaver.email, PASSWORD, { ip: "192.0.2.31" });
    if (!result.ok) throw new Error("login failed");
    await updateStaff(admin, {
      id: leaver.id,
      name: leaver.name,
      role: "staff",
      centreId: leaver.centreId,
      active: false,
    });
    expect(await resolveSession(result.token)).toBeNull();
    expect(await authenticate(leaver.email, PASSWORD, { ip: "192.0.2.32" })).toMatchObject({
      ok: false,
    });
  });

  it("other than the current one end when the password changes", async () => {
    const { staff: mover } = await makeCentre("Password centre");
    const a = await authenticate(mover.email, PASSWORD, { ip: "192.0.2.40" });
    const b = await authenticate(mover.email, PASSWORD, { ip: "192.0.2.41" });
    if (!a.ok || !b.ok) throw new Error("login failed");
    const current = await resolveSession(a.token);
    expect(
      await changeOwnPassword(mover, "not it at all", "a new passphrase", current!.sessionId),
    ).toEqual({ result: "wrong" });
    expect(
      await changeOwnPassword(mover, PASSWORD, "a new passphrase", current!.sessionId),
    ).toEqual({
      result: "ok",
    });
    expect(await resolveSession(a.token)).not.toBeNull();
    expect(await resolveSession(b.token)).toBeNull();
    expect((await authenticate(mover.email, "a new passphrase", { ip: "192.0.2.42" })).ok).toBe(
      true,
    );
  });

  it("logins, failures and logouts are in the audit log", async () => {
    const admin = await makeAdmin();
    const log = await listAudit(admin, { entity: "session" }, 1, 200);
    const actions = new Set(log.rows.map((r) => r.action));
    expect(actions).toEqual(new Set(["login", "login-failed", "logout"]));
  });
});
