"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie, sessionToken } from "@/lib/auth/session";
import { endSession } from "@/lib/data/sessions";

/** Ends the session in the database and removes the cookie. */
export async function logout(): Promise<void> {
  await endSession(await sessionToken());
  await clearSessionCookie();
  redirect("/staff/login");
}
