"use server";

import { setCentreWebhook, webhookUrlSchema } from "@/lib/data/webhooks";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { passwordSchema } from "@/lib/auth/password";
import { requireAdmin } from "@/lib/auth/session";
import {
  centreInputSchema,
  createCentre,
  createStaff,
  renameCentre,
  resetPassword,
  staffInputSchema,
  staffUpdateSchema,
  updateStaff,
} from "@/lib/data/accounts";
import { unlockAccount } from "@/lib/data/throttle";
import { ConflictError, NotFoundError } from "@/lib/data/errors";

const form = (data: FormData) => Object.fromEntries(data.entries());

/** Runs an admin change and comes back to /staff/admin with ?ok= or ?error=. */
async function run(work: () => Promise<unknown>, ok: string): Promise<never> {
  let error: string | undefined;
  try {
    await work();
  } catch (e) {
    if (e instanceof ConflictError) error = e.reason;
    else if (e instanceof NotFoundError) error = "not-found";
    else throw e;
  }
  revalidatePath("/staff/admin");
  redirect(error ? `/staff/admin?error=${error}` : `/staff/admin?ok=${ok}`);
}

export async function createCentreAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const input = centreInputSchema.safeParse(form(data));
  if (!input.success) redirect("/staff/admin?error=invalid");
  await run(() => createCentre(actor, input.data), "centre-created");
}

export async function renameCentreAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const input = centreInputSchema.safeParse(form(data));
  const id = String(data.get("id") ?? "");
  if (!input.success || !id) redirect("/staff/admin?error=invalid");
  await run(() => renameCentre(actor, id, input.data), "centre-saved");
}

export async function createStaffAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const input = staffInputSchema.safeParse(form(data));
  if (!input.success) redirect("/staff/admin?error=invalid");
  await run(() => createStaff(actor, input.data), "staff-created");
}

export async function updateStaffAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const input = staffUpdateSchema.safeParse({ ...form(data), active: data.get("active") ?? false });
  if (!input.success) redirect("/staff/admin?error=invalid");
  await run(() => updateStaff(actor, input.data), "staff-saved");
}

export async function resetPasswordAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const id = String(data.get("id") ?? "");
  const password = passwordSchema.safeParse(data.get("password"));
  if (!id || !password.success) redirect("/staff/admin?error=password");
  await run(() => resetPassword(actor, id, password.data), "password-reset");
}

export async function unlockAccountAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const email = String(data.get("email") ?? "");
  if (!email || email.length > 200) redirect("/staff/admin?error=invalid");
  await run(() => unlockAccount(actor, email), "unlocked");
}

export async function setWebhookAction(data: FormData): Promise<void> {
  const { actor } = await requireAdmin("/staff/admin");
  const url = webhookUrlSchema.safeParse(data.get("webhookUrl") ?? "");
  const id = String(data.get("id") ?? "");
  if (!url.success || !id) redirect("/staff/admin?error=invalid");
  await run(() => setCentreWebhook(actor, id, url.data), "centre-saved");
}
