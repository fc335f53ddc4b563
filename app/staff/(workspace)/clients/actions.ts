"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { actionError, guard, requireStaff, type ActionError } from "@/lib/auth/session";
import { deleteClient, restoreClient } from "@/lib/data/clients";
import { reevaluateNotOnCurrentRules, saveEvaluation } from "@/lib/data/evaluations";
import { isRoundYear, roundOf } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import { submitClient, type ClientFormState } from "./submit-client";
import { getLocale } from "next-intl/server";
import { currentRound } from "@/lib/rounds";

export type { ClientFormState };

/** Creates a client, or saves an edit; a refusal returns every submitted value to the form. */
export async function saveClient(
  _state: ClientFormState,
  formData: FormData,
): Promise<ClientFormState> {
  const { actor } = await requireStaff();
  const lang = ((await getLocale()) === "en" ? "en" : "zh") as Lang;
  const result = await submitClient(actor, lang, formData);
  if (!("id" in result)) return result;
  revalidatePath("/staff");
  revalidatePath(`/staff/clients/${result.id}`);
  redirect(`/staff/clients/${result.id}?saved=1`);
}

const idSchema = z.object({ id: z.string().min(1).max(64) });

export async function deleteClientAction(formData: FormData): Promise<void> {
  const { actor } = await requireStaff();
  // A missing, malformed or unknown id is 404, another centre's client 403 (never a 500).
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  await guard(deleteClient(actor, id));
  revalidatePath("/staff");
  redirect(`/staff/clients/${encodeURIComponent(id)}?deleted=1`);
}

export async function restoreClientAction(formData: FormData): Promise<void> {
  const { actor } = await requireStaff();
  // A missing, malformed or unknown id is 404, another centre's client 403 (never a 500).
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  await guard(restoreClient(actor, id));
  revalidatePath("/staff");
  redirect(`/staff/clients/${encodeURIComponent(id)}?restored=1`);
}

export type EvaluateState = { readonly error?: ActionError | "date" };

const evaluateSchema = z.object({
  id: z.string().min(1).max(64),
  round: z.coerce.number().int().refine(isRoundYear),
  version: z.coerce.number().int().min(1).optional(),
});

/** Evaluates the client's profile as it is now and saves the evaluation. */
export async function evaluateClient(
  _state: EvaluateState,
  formData: FormData,
): Promise<EvaluateState> {
  const { actor } = await requireStaff();
  const parsed = evaluateSchema.safeParse({
    id: formData.get("id"),
    round: formData.get("round"),
    version: formData.get("version") ?? undefined,
  });
  if (!parsed.success) return { error: "date" };
  let evaluationId: string;
  try {
    ({ id: evaluationId } = await saveEvaluation(
      actor,
      parsed.data.id,
      roundOf(parsed.data.round),
      parsed.data.version,
    ));
  } catch (error) {
    return { error: actionError(error) };
  }
  revalidatePath(`/staff/clients/${parsed.data.id}`);
  redirect(`/staff/clients/${parsed.data.id}/evaluations/${evaluationId}`);
}

const centreSchema = z.object({ centre: z.string().max(64).optional() });

/**
 * Evaluates, for the round open or next to open today, the next batch of the clients not yet evaluated under the rules in
 * force, and returns to the filtered list with how many were done and how many remain.
 */
export async function reevaluateStaleClients(formData: FormData): Promise<void> {
  const { actor } = await requireStaff();
  const { centre } = centreSchema.parse({ centre: formData.get("centre") || undefined });
  const { evaluated, remaining } = await reevaluateNotOnCurrentRules(
    actor,
    currentRound(),
    actor.role === "admin" ? centre : undefined,
  );
  revalidatePath("/staff");
  const back = new URLSearchParams({ stale: "1", evaluated: String(evaluated) });
  if (remaining) back.set("remaining", String(remaining));
  if (centre) back.set("centre", centre);
  redirect(`/staff?${back}`);
}
