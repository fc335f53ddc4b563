import "server-only";
import { actionError, type ActionError, type Actor } from "@/lib/auth/session";
import { clientFormValues, type ClientFormValues } from "@/lib/clients/form-values";
import { clientFieldsSchema, clientVersionSchema, parseClient } from "@/lib/clients/schema";
import { createClient, updateClient } from "@/lib/data/clients";
import type { Lang } from "@/lib/engine/text";
import type { FieldProblem } from "@/lib/profile/parse";

export type ClientFormState = {
  /** What was submitted, as typed: the form shows it again whatever went wrong. */
  readonly values?: ClientFormValues;
  readonly problems?: readonly FieldProblem[];
  readonly error?: ActionError | "invalid-profile";
};

/**
 * Creates a client, or saves an edit of the version the form was opened at. Returns the saved id,
 * or the refusal together with every submitted value.
 */
export async function submitClient(
  actor: Actor,
  lang: Lang,
  formData: FormData,
): Promise<{ readonly id: string } | ClientFormState> {
  const { values, profileBroken } = clientFormValues(formData);
  if (profileBroken) return { values, error: "invalid-profile" };
  const input = {
    ...values,
    version: formData.get("version") ?? undefined,
    id: values.id,
  };
  try {
    if (values.id) {
      const parsed = parseClient(clientFieldsSchema.extend(clientVersionSchema.shape), input, lang);
      if (!parsed.ok) return { values, problems: parsed.problems };
      await updateClient(actor, parsed.value);
      return { id: parsed.value.id };
    }
    // Filled in from a self-check the enterprise handed over: saved only with its consent.
    const source = formData.get("handoffSource");
    const handoff = source === "file" || source === "link" ? source : undefined;
    if (handoff && formData.get("handoffConsent") !== "on")
      return { values, error: "consent-needed" };
    const parsed = parseClient(clientFieldsSchema, input, lang);
    if (!parsed.ok) return { values, problems: parsed.problems };
    const note = formData.get("handoffNote");
    return await createClient(actor, {
      ...parsed.value,
      centreId: values.centreId || null,
      ...(handoff
        ? { handoff: { source: handoff, note: typeof note === "string" ? note : undefined } }
        : {}),
    });
  } catch (error) {
    return { values, error: actionError(error) };
  }
}
