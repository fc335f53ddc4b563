"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import type { Lang } from "@/lib/engine/text";
import { applyImportForm, previewImportForm, type ImportFormState } from "./import-client";

export type { ImportFormState };

const language = async (): Promise<Lang> => ((await getLocale()) === "en" ? "en" : "zh");

/** Reads a self-check handed to the centre: a preview for a client, a prefill for a new one. */
export async function previewImportAction(
  _state: ImportFormState,
  formData: FormData,
): Promise<ImportFormState> {
  const { actor } = await requireStaff();
  return previewImportForm(actor, await language(), formData);
}

/** Applies the previewed import to the client, then shows the client with how much changed. */
export async function applyImportAction(
  _state: ImportFormState,
  formData: FormData,
): Promise<ImportFormState> {
  const { actor } = await requireStaff();
  const result = await applyImportForm(actor, await language(), formData);
  if (!("id" in result)) return result;
  revalidatePath("/staff");
  revalidatePath(`/staff/clients/${result.id}`);
  redirect(`/staff/clients/${result.id}?imported=${result.changed}`);
}
