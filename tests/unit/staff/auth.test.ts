import { describe, expect, it } from "vitest";
import { isHttps, readCookie, sessionCookieOptions } from "@/lib/auth/cookie";
import { isSameOriginRequest } from "@/lib/auth/origin";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  afterFailure,
  delayAfter,
  sessionIsLive,
  throttleDecision,
  type ThrottleState,
} from "@/lib/auth/policy";
import { hashSessionToken, newSessionToken } from "@/lib/auth/token";

const t0 = new Date("2026-03-02T01:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const H = 3_600_000;

describe("passwords", () => {
  it("are hashed with argon2id and verified; a wrong one or a broken hash is refused", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain("correct horse battery");
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse batterY")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });
});

describe("session tokens", () => {
  it("are 32 random bytes, stored as their SHA-256", () => {
    const a = newSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(a);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).toBe(hashSessionToken(a));
  });
});

describe("a session", () => {
  const session = (lastSeen: number) => ({ lastSeenAt: at(lastSeen), expiresAt: at(7 * 24 * H) });
  it("lives 8 hours after the last request", () => {
    expect(sessionIsLive(session(0), at(8 * H - 1))).toBe(true);
    expect(sessionIsLive(session(0), at(8 * H))).toBe(false);
  });
  it("and 7 days after login at most", () => {
    expect(sessionIsLive(session(7 * 24 * H - H), at(7 * 24 * H - 1))).toBe(true);
    expect(sessionIsLive(session(7 * 24 * H - H), at(7 * 24 * H))).toBe(false);
  });
});

describe("failed logins", () => {
  const fail = (n: number, lockAfter = 10) => {
    let s: ThrottleState | null = null;
    for (let i = 0; i < n; i++) s = afterFailure(s, t0, lockAfter);
    return s!;
  };

  it("cost nothing for the first three, then 1, 2, 4 … up to 30 seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 12].map(delayAfter)).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
    expect(throttleDecision(fail(2), t0)).toEqual({ allowed: true });
    expect(throttleDecision(fail(3), at(999))).toEqual({
      allowed: false,
      reason: "slow-down",
      retryAt: at(1000),
    });
    expect(throttleDecision(fail(3), at(1000))).toEqual({ allowed: true });
  });

  it("lock the account for 15 minutes at the tenth", () => {
    const s = fail(10);
    expect(s.lockedUntil).toEqual(at(15 * 60_000));
    expect(throttleDecision(s, at(14 * 60_000))).toMatchObject({
      allowed: false,
      reason: "locked",
    });
    expect(throttleDecision(s, at(15 * 60_000))).toEqual({ allowed: true });
    expect(afterFailure(s, at(16 * 60_000)).failures).toBe(1);
  });

  it("are forgotten an hour after the last one", () => {
    const s = fail(5);
    expect(afterFailure(s, at(H + 1)).failures).toBe(1);
    expect(throttleDecision(s, at(H + 1))).toEqual({ allowed: true });
  });
});

describe("the session cookie", () => {
  it("is httpOnly and SameSite=Lax, Secure over HTTPS, lasting the absolute session length", () => {
    expect(sessionCookieOptions(true)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: 7 * 24 * 3600,
    });
    expect(isHttps(new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http" }), "https://x")).toBe(false);
    expect(isHttps(new Headers(), "https://x/staff")).toBe(true);
    expect(isHttps(new Headers(), "http://x/staff")).toBe(false);
  });

  it("is read from the Cookie header", () => {
    expect(readCookie("a=1; staff_session=abc%2D; b=2", "staff_session")).toBe("abc-");
    expect(readCookie("a=1", "staff_session")).toBeUndefined();
    expect(readCookie(null, "staff_session")).toBeUndefined();
  });
});

describe("cross-site requests", () => {
  const headers = (h: Record<string, string>) => new Headers({ host: "calc.example", ...h });
  it("are told from same-origin ones by Origin and Sec-Fetch-Site", () => {
    expect(isSameOriginRequest(headers({ origin: "https://calc.example" }))).toBe(true);
    expect(
      isSameOriginRequest(
        headers({ origin: "https://calc.example", "sec-fetch-site": "same-origin" }),
      ),
    ).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example" }))).toBe(false);
    expect(
      isSameOriginRequest(
        headers({ origin: "https://calc.example", "sec-fetch-site": "cross-site" }),
      ),
    ).toBe(false);
    expect(isSameOriginRequest(headers({}))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null" }))).toBe(false);
    expect(
      isSameOriginRequest(
        new Headers({
          host: "127.0.0.1:3000",
          "x-forwarded-host": "calc.example",
          origin: "https://calc.example",
        }),
      ),
    ).toBe(true);
  });
});
