"use server";

import { z } from "zod";
import type { PasswordProblem } from "@/lib/auth/password";
import { requireStaff } from "@/lib/auth/session";
import { changeOwnPassword } from "@/lib/data/accounts";

export type PasswordState = {
  readonly result?: "ok" | "wrong" | "mismatch" | "slow-down" | PasswordProblem;
};

const schema = z.object({
  current: z.string().min(1).max(200),
  next: z.string(),
  repeat: z.string(),
});

/** Changes the logged-in person's password; their other sessions end. */
export async function changePassword(
  _state: PasswordState,
  data: FormData,
): Promise<PasswordState> {
  const { actor, sessionId } = await requireStaff("/staff/account");
  const input = schema.safeParse(Object.fromEntries(data.entries()));
  if (!input.success) return { result: "wrong" };
  if (input.data.next !== input.data.repeat) return { result: "mismatch" };
  const changed = await changeOwnPassword(actor, input.data.current, input.data.next, sessionId);
  return { result: changed.result };
}
