import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/data/db";
import zh from "@/messages/zh.json";
import { Visitor, formWith } from "./http.mjs";

/** The two servers (base URLs), started by the global setup. */
export function servers(): [string, string] {
  const [a, b] = inject("instances");
  if (!a || !b) throw new Error("the multi-instance global setup did not start two servers");
  return [a, b];
}

/** Direct access to the shared database, for setting up and for checking what was stored. */
export const db = createPrismaClient();
afterAll(() => db.$disconnect());

export const text = zh.staff;

/** A client address of its own for each visitor, so that per-address counters do not mix. */
let addressCounter = Math.floor(Math.random() * 200);
export function newAddress(): string {
  addressCounter = (addressCounter + 1) % 250;
  return `198.51.${100 + Math.floor(Math.random() * 50)}.${addressCounter + 1}`;
}

export function newVisitor(): Visitor {
  return new Visitor({ "x-forwarded-for": newAddress() });
}

/** A staff account of its own in the first (demo) centre: { email, password, centreId }. */
export async function newStaff() {
  const centre = await db.serviceCentre.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const email = `multi-${randomUUID().slice(0, 8)}@example.com`;
  const password = `pw-${randomUUID()}`;
  await db.staffUser.create({
    data: {
      email,
      name: "多实例测试",
      role: "staff",
      centreId: centre.id,
      passwordHash: await hashPassword(password),
    },
  });
  return { email, password, centreId: centre.id };
}

/** Submits the login form of `base`; answers the form's reply (303 + cookie when it worked). */
export async function login(visitor: Visitor, base: string, email: string, password: string) {
  const url = `${base}/staff/login`;
  const { html } = await visitor.page(url);
  return visitor.submit(url, formWith(html, "password"), { email, password });
}

/** Logs a new visitor in as a new staff member on `base`. */
export async function loggedIn(base: string) {
  const staff = await newStaff();
  const visitor = newVisitor();
  const reply = await login(visitor, base, staff.email, staff.password);
  if (reply.status !== 303) throw new Error(`login failed (${reply.status})`);
  return { visitor, staff };
}
