import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import {
  makeAdmin,
  makeCentre,
  PASSWORD,
  freshStaffDatabase,
} from "@/tests/integration/staff/support";

// Issue 20, items 4 and 5. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
await freshStaffDatabase("security-auth");

const { authenticate, resolveSession } = await import("@/lib/data/sessions");
const { changeOwnPassword } = await import("@/lib/data/accounts");
const { listThrottledAccounts, unlockAccount, ACCOUNT_MAX_DELAY_MS } =
  await import("@/lib/data/throttle");

const t0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const noSleep = async () => undefined;

describe("new passwords", () => {
  it.each([
    ["          ", "blank"],
    ["1234567890", "common"],
    ["password12", "common"],
    ["aaaaaaaaaa", "common"],
    ["qwertyuiop", "common"],
    ["short", "weak"],
  ])("%j is refused as %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("refuses the account's e-mail address and the current password; accepts a passphrase", () => {
    const email = "wang.fang@example.org";
    expect(passwordProblem("wang.fang@example.org", { email })).toBe("same-as-email");
    expect(passwordProblem("correct horse battery", { current: "correct horse battery" })).toBe(
      "same-as-current",
    );
    expect(passwordProblem("西湖边的 blue bicycle 2026", { email })).toBeUndefined();
  });

  it("change-password refuses the current password as the new one", async () => {
    const { staff } = await makeCentre("Same password");
    const login = await authenticate(staff.email, PASSWORD, { ip: "192.0.2.1" });
    if (!login.ok) throw new Error("login failed");
    const session = await resolveSession(login.token);
    expect(await changeOwnPassword(staff, PASSWORD, PASSWORD, session!.sessionId)).toEqual({
      result: "same-as-current",
    });
  });

  it("throttles the current-password check: after 3 wrong ones, even the right one waits", async () => {
    const { staff } = await makeCentre("Password guessing");
    for (let i = 0; i < 3; i++)
      expect(
        await changeOwnPassword(staff, `guess ${i}`, "a brand new passphrase", "s", at(i)),
      ).toEqual({
        result: "wrong",
      });
    // The 4th check comes 10 ms later: it must wait 1 s (delayAfter(3) = 2^0 s).
    expect(await changeOwnPassword(staff, PASSWORD, "a brand new passphrase", "s", at(12))).toEqual(
      {
        result: "slow-down",
        retryAt: at(2 + 1000),
      },
    );
    expect(
      await changeOwnPassword(staff, PASSWORD, "a brand new passphrase", "s", at(2 + 1000)),
    ).toEqual({ result: "ok" });
  });
});

describe("lockout cannot be aimed at someone else", () => {
  it("ten failures from one address lock that address out, not the owner at another address", async () => {
    const admin = await makeAdmin();
    for (let i = 0; i < 10; i++)
      await authenticate(
        admin.email,
        `wrong ${i}`,
        { ip: "203.0.113.66" },
        at(i * 60_000),
        noSleep,
      );
    expect(
      await authenticate(admin.email, PASSWORD, { ip: "203.0.113.66" }, at(10 * 60_000), noSleep),
    ).toMatchObject({ ok: false, reason: "locked" });
    // The owner, at their own address, gets in, slowed by at most ACCOUNT_MAX_DELAY_MS.
    const waits: number[] = [];
    const owner = await authenticate(
      admin.email,
      PASSWORD,
      { ip: "198.51.100.5" },
      at(10 * 60_000),
      async (ms) => void waits.push(ms),
    );
    expect(owner.ok).toBe(true);
    expect(waits).toEqual([ACCOUNT_MAX_DELAY_MS]);
  });

  it("admins see who was throttled and from where, and can clear it", async () => {
    const admin = await makeAdmin();
    const { staff } = await makeCentre("Throttled");
    const start = new Date();
    // A minute apart, so that each failure counts (within the waits it would be refused unchecked).
    for (let i = 0; i < 10; i++)
      await authenticate(
        staff.email,
        `wrong ${i}`,
        { ip: "203.0.113.77" },
        new Date(start.getTime() + i * 60_000),
        noSleep,
      );
    const now = new Date(start.getTime() + 10 * 60_000);
    const listed = (await listThrottledAccounts(admin, now)).find((a) => a.email === staff.email);
    expect(listed).toMatchObject({
      failures: 10,
      addresses: [{ ip: "203.0.113.77", failures: 10 }],
    });
    expect(listed!.addresses[0]!.lockedUntil).not.toBeNull();
    await unlockAccount(admin, staff.email);
    expect((await listThrottledAccounts(admin, now)).some((a) => a.email === staff.email)).toBe(
      false,
    );
    expect(
      (await authenticate(staff.email, PASSWORD, { ip: "203.0.113.77" }, now, noSleep)).ok,
    ).toBe(true);
    await expect(listThrottledAccounts(staff, now)).rejects.toThrow();
  });
});
