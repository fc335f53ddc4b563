import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { resolveSession, type ResolvedSession } from "@/lib/data/sessions";
import type { Actor } from "@/lib/auth/actor";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type ConflictReason,
} from "@/lib/data/errors";
import { isHttps, SESSION_COOKIE, sessionCookieOptions } from "./cookie";

/** The session of this request (looked up once per request). */
export const currentSession = cache(async (): Promise<ResolvedSession | null> => {
  const store = await cookies();
  return resolveSession(store.get(SESSION_COOKIE)?.value);
});

/**
 * Where to go after login: only paths inside the workspace (no open redirect), with no control
 * characters (CR/LF would break the Location header), percent-encoded (`/staff?q=杭州` becomes
 * `/staff?q=%E6%9D%AD%E5%B7%9E`). Anything else: /staff.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length > 500) return "/staff";
  if (/[\u0000-\u001f\u007f\\]/.test(next) || next.startsWith("//")) return "/staff";
  let url: URL;
  try {
    url = new URL(next, "http://workspace.invalid");
  } catch {
    return "/staff";
  }
  if (url.origin !== "http://workspace.invalid") return "/staff";
  if (url.pathname !== "/staff" && !url.pathname.startsWith("/staff/")) return "/staff";
  if (url.pathname.startsWith("/staff/login")) return "/staff";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The logged-in staff member, or a redirect to /staff/login that comes back to `path`. */
export async function requireStaff(path = "/staff"): Promise<ResolvedSession> {
  const session = await currentSession();
  if (!session) redirect(`/staff/login?next=${encodeURIComponent(safeNext(path))}`);
  return session;
}

/**
 * 403. `forbidden()` needs `experimental.authInterrupts` in next.config.ts; without it the page
 * answers 404, which tells an outsider no more than 403 would.
 */
export function deny(): never {
  if (process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS) forbidden();
  notFound();
}

export async function requireAdmin(path = "/staff"): Promise<ResolvedSession> {
  const session = await requireStaff(path);
  if (session.actor.role !== "admin") deny();
  return session;
}

/** Runs a data-layer read for a page: another centre's record is 403, a missing one 404. */
export async function guard<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ForbiddenError) deny();
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Sets the session cookie (in a server action). Secure when the request came over HTTPS. */
export async function setSessionCookie(token: string): Promise<void> {
  const h = await headers();
  const store = await cookies();
  store.set(SESSION_COOKIE, token, sessionCookieOptions(isHttps(h)));
}

export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  store.delete(SESSION_COOKIE);
}

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export type ActionError = "forbidden" | "not-found" | ConflictReason;

/** Maps a data-layer error to what a server action tells its form; rethrows anything else. */
export function actionError(error: unknown): ActionError {
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof NotFoundError) return "not-found";
  if (error instanceof ConflictError) return error.reason;
  throw error;
}

export type { Actor };
