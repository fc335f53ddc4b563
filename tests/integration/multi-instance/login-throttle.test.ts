// Failed logins are counted in the shared database (per account and address, per address, and per
// account), so the waits and the lockout hold whichever instance an attempt reaches. The lock is
// per (account, address): failures from one address never lock the account for anyone else.
import { describe, expect, it } from "vitest";
import { accountKey, pairKey } from "@/lib/data/throttle";
import { alerts, Visitor } from "./http.mjs";
import { db, login, newAddress, newStaff, newVisitor, servers, text } from "./support";

const [A, B] = servers();
const before = (template: string) => template.slice(0, template.indexOf("{"));

type Reply = Awaited<ReturnType<typeof login>>;
/** What the login form said: logged in, wrong password, wait, or locked. */
function outcome(reply: Reply): "ok" | "invalid" | "slow-down" | "locked" | "other" {
  if (reply.status === 303) return "ok";
  const said = alerts(reply.html).join(" ");
  if (said.includes(text.login.invalid)) return "invalid";
  if (said.includes(before(text.login.slowDown))) return "slow-down";
  if (said.includes(before(text.login.locked))) return "locked";
  return "other";
}

const failures = async (key: string) =>
  (await db.loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;

/** A visitor from an address of its own, and that address. */
function visitorAt(): { visitor: Visitor; address: string } {
  const address = newAddress();
  return { visitor: new Visitor({ "x-forwarded-for": address }), address };
}

describe("login throttling across two instances", () => {
  it("failures on both instances add up, and the wait they impose holds on either", async () => {
    const staff = await newStaff();
    const { visitor, address } = visitorAt();
    for (const base of [A, B, A]) {
      expect(outcome(await login(visitor, base, staff.email, "wrong password 123"))).toBe(
        "invalid",
      );
    }
    expect(await failures(pairKey(address, staff.email))).toBe(3);
    expect(await failures(accountKey(staff.email))).toBe(3);
    // Three more just now from the same address: its next attempt must wait 8 s. Even the right
    // password is refused meanwhile, on both instances.
    await db.loginThrottle.update({
      where: { key: pairKey(address, staff.email) },
      data: { failures: 6, lastFailureAt: new Date() },
    });
    for (const base of [B, A]) {
      const again = new Visitor({ "x-forwarded-for": address });
      expect(outcome(await login(again, base, staff.email, staff.password))).toBe("slow-down");
      expect(again.cookies.size).toBe(0);
    }
  });

  it("a lockout caused on one instance holds on the other, for that address only", async () => {
    const staff = await newStaff();
    const { visitor, address } = visitorAt();
    // Nine failures from this address earlier (long enough ago that no wait is due); the tenth
    // locks the account for this address.
    await db.loginThrottle.create({
      data: {
        key: pairKey(address, staff.email),
        failures: 9,
        lastFailureAt: new Date(Date.now() - 60_000),
      },
    });
    expect(outcome(await login(visitor, B, staff.email, "wrong password 123"))).toBe("locked");
    const row = await db.loginThrottle.findUniqueOrThrow({
      where: { key: pairKey(address, staff.email) },
    });
    expect(row.failures).toBe(10);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);

    // The right password, from the same address, on the other instance: still locked.
    const same = new Visitor({ "x-forwarded-for": address });
    expect(outcome(await login(same, A, staff.email, staff.password))).toBe("locked");
    expect(same.cookies.size).toBe(0);

    // From another address the owner still logs in: the lock cannot be aimed at someone else.
    const owner = newVisitor();
    expect(outcome(await login(owner, A, staff.email, staff.password))).toBe("ok");
  });

  it("simultaneous failures on both instances are all counted", async () => {
    const staff = await newStaff();
    const attempts = [A, B, A, B, A, B].map((base) =>
      login(newVisitor(), base, staff.email, "wrong password 123"),
    );
    const outcomes = (await Promise.all(attempts)).map(outcome);
    // Each attempt was either checked and counted ("invalid"), or refused before the check
    // because the counter already demanded a wait; none was lost.
    expect(outcomes.every((o) => o === "invalid" || o === "slow-down")).toBe(true);
    const counted = outcomes.filter((o) => o === "invalid").length;
    expect(counted).toBeGreaterThanOrEqual(3);
    expect(await failures(accountKey(staff.email))).toBe(counted);
  });
});
