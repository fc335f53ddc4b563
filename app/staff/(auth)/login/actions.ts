"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/api/client-ip";
import { safeNext, setSessionCookie } from "@/lib/auth/session";
import { authenticate } from "@/lib/data/sessions";

export type LoginState = {
  readonly error?: "invalid" | "locked" | "slow-down" | "missing";
  /** When the account may try again (locked / slow-down), ISO 8601. */
  readonly retryAt?: string;
  readonly email?: string;
};

const loginSchema = z.object({
  email: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  next: z.string().max(500).optional(),
});

/** Checks the password (argon2id), counts failures in the database, sets the session cookie. */
export async function login(_state: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    next: formData.get("next") ?? undefined,
  });
  const email = String(formData.get("email") ?? "").slice(0, 200);
  if (!parsed.success) return { error: "missing", email };
  const h = await headers();
  const result = await authenticate(parsed.data.email, parsed.data.password, {
    ip: clientIp(h),
    userAgent: h.get("user-agent"),
  });
  if (!result.ok)
    return result.reason === "invalid"
      ? { error: "invalid", email }
      : { error: result.reason, retryAt: result.retryAt.toISOString(), email };
  await setSessionCookie(result.token);
  redirect(safeNext(parsed.data.next));
}
