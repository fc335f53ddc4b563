import "server-only";
import { actionError, type ActionError, type Actor } from "@/lib/auth/session";
import {
  MAX_HANDOFF_FILE_BYTES,
  handoffProblemText,
  readHandoff,
  type HandoffFailure,
  type HandoffResult,
  type HandoffSource,
} from "@/lib/clients/handoff";
import { importIntoClient, MAX_CONSENT_NOTE, previewImport } from "@/lib/data/client-imports";
import type { Lang } from "@/lib/engine/text";
import { factChangeRows, type FactChangeRow } from "@/lib/evaluations/fact-change-text";

/**
 * The import of a self-check, as the forms send it. Everything is read again on the server from
 * what the enterprise gave (the file's text or the link), never from the browser's reading.
 */

export type ImportFormState =
  | { readonly stage?: undefined }
  | {
      readonly stage: "error";
      readonly error: HandoffFailure | ActionError;
      /** The problems in the self-check, by label ("所属产业：必填"), at most 20. */
      readonly problems?: readonly string[];
    }
  | {
      /** An existing client: what will change, for the consent and the confirmation. */
      readonly stage: "preview";
      readonly source: HandoffSource;
      /** What the enterprise gave, sent again with the confirmation and read again. */
      readonly payload: string;
      readonly version: number;
      readonly clientName: string;
      readonly rows: readonly FactChangeRow[];
      readonly ignoredCreditCode: boolean;
    }
  | {
      /** A new client: the form is filled in from the self-check; staff save it themselves. */
      readonly stage: "prefill";
      readonly source: HandoffSource;
      readonly profile: Record<string, unknown>;
      readonly round?: number;
    };

const text = (formData: FormData, key: string) => {
  const v = formData.get(key);
  return typeof v === "string" ? v : "";
};

/** The source and its text: a confirmation's `payload`, an uploaded `file`, or a pasted `link`. */
async function given(formData: FormData): Promise<{ source: unknown; raw: string } | "too-large"> {
  const source = text(formData, "source");
  const payload = text(formData, "payload");
  if (payload) return { source, raw: payload };
  if (source === "file") {
    const file = formData.get("file");
    if (!(file instanceof Blob)) return { source, raw: "" };
    if (file.size > MAX_HANDOFF_FILE_BYTES) return "too-large";
    return { source, raw: await file.text() };
  }
  return { source, raw: text(formData, "link") };
}

export async function readImport(formData: FormData, lang: Lang): Promise<HandoffResult> {
  const input = await given(formData);
  if (input === "too-large") return { ok: false, reason: "too-large" };
  return readHandoff(input.source, input.raw, lang);
}

const refused = (result: Extract<HandoffResult, { ok: false }>, lang: Lang): ImportFormState => ({
  stage: "error",
  error: result.reason,
  ...(result.problems ? { problems: result.problems.map((p) => handoffProblemText(p, lang)) } : {}),
});

/** Reads the self-check; for a client (`id`), the difference its import would make. */
export async function previewImportForm(
  actor: Actor,
  lang: Lang,
  formData: FormData,
): Promise<ImportFormState> {
  const result = await readImport(formData, lang);
  if (!result.ok) return refused(result, lang);
  const id = text(formData, "id");
  if (id.length > 64) return { stage: "error", error: "not-found" };
  if (!id)
    return {
      stage: "prefill",
      source: result.source,
      profile: JSON.parse(JSON.stringify(result.profile)) as Record<string, unknown>,
      ...(result.round ? { round: result.round } : {}),
    };
  try {
    const preview = await previewImport(actor, id, result.profile);
    const input = await given(formData);
    return {
      stage: "preview",
      source: result.source,
      payload: input === "too-large" ? "" : input.raw,
      version: preview.version,
      clientName: preview.clientName,
      rows: factChangeRows(preview.changes, lang),
      ignoredCreditCode: preview.ignoredCreditCode,
    };
  } catch (error) {
    return { stage: "error", error: actionError(error) };
  }
}

/** Applies a previewed import: re-read, consent required, on the previewed version only. */
export async function applyImportForm(
  actor: Actor,
  lang: Lang,
  formData: FormData,
): Promise<{ readonly id: string; readonly changed: number } | ImportFormState> {
  const id = text(formData, "id");
  const version = Number(text(formData, "version"));
  if (!id || id.length > 64) return { stage: "error", error: "not-found" };
  if (!Number.isInteger(version) || version < 1) return { stage: "error", error: "stale-version" };
  const result = await readImport(formData, lang);
  if (!result.ok) return refused(result, lang);
  try {
    const { changed } = await importIntoClient(actor, {
      id,
      version,
      profile: result.profile,
      source: result.source,
      consent: text(formData, "consent") === "on",
      note: text(formData, "note").slice(0, MAX_CONSENT_NOTE),
    });
    return { id, changed };
  } catch (error) {
    return { stage: "error", error: actionError(error) };
  }
}
