"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { HANDOFF_MESSAGES, MAX_HANDOFF_FILE_BYTES } from "@/lib/clients/handoff-messages";
import type { Lang } from "@/lib/engine/text";
import { describedBy, Field, Notice, Textarea } from "../../_components/controls";
import type { ImportFormState } from "./import-actions";

/**
 * Where a self-check comes from: the file it exported (uploaded) or its share link (pasted).
 * Only the choice is made here; the server reads and checks what is sent.
 */
export function ImportSourceFields({ idPrefix }: { idPrefix: string }) {
  const t = useTranslations("staff.handoff");
  const lang = (useLocale() === "en" ? "en" : "zh") as Lang;
  const [source, setSource] = useState<"file" | "link">("file");
  const fileId = `${idPrefix}-file`;
  const linkId = `${idPrefix}-link`;
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("source")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["file", "link"] as const).map((s) => (
            <label key={s} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="source"
                value={s}
                checked={source === s}
                onChange={() => setSource(s)}
              />
              {s === "file" ? t("sourceFile") : t("sourceLink")}
            </label>
          ))}
        </div>
      </fieldset>
      {source === "file" ? (
        <Field id={fileId} label={t("file")} hint={t("fileHint")}>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".json,application/json"
            required
            // Too large a file is stopped here, before the upload (the server checks again).
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.setCustomValidity(
                file && file.size > MAX_HANDOFF_FILE_BYTES
                  ? HANDOFF_MESSAGES["too-large"][lang]
                  : "",
              );
              e.target.reportValidity();
            }}
            aria-describedby={describedBy(fileId, true)}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        </Field>
      ) : (
        <Field id={linkId} label={t("link")} hint={t("linkHint")}>
          <Textarea
            id={linkId}
            name="link"
            rows={3}
            required
            spellCheck={false}
            autoComplete="off"
            aria-describedby={describedBy(linkId, true)}
            className="font-mono text-xs"
          />
        </Field>
      )}
    </div>
  );
}

/** Why a self-check was refused, in the reader's language; its problems by label. */
export function ImportError({ state }: { state: ImportFormState }) {
  const t = useTranslations("staff.handoff");
  const lang = (useLocale() === "en" ? "en" : "zh") as Lang;
  if (state.stage !== "error") return null;
  const e = state.error;
  const text =
    e in HANDOFF_MESSAGES
      ? HANDOFF_MESSAGES[e as keyof typeof HANDOFF_MESSAGES][lang]
      : e === "stale-version" ||
          e === "consent-needed" ||
          e === "other-enterprise" ||
          e === "duplicate" ||
          e === "wrong-state"
        ? t(`errors.${e}`)
        : e === "forbidden" || e === "not-found"
          ? t("errors.forbidden")
          : t("errors.other");
  return (
    <Notice tone="error">
      <p>{text}</p>
      {state.problems && state.problems.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
          {state.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
