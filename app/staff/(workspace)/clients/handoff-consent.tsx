"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Textarea } from "../../_components/controls";

/** The consent note's limit (the data layer keeps at most this much). */
const MAX_NOTE = 500;

/**
 * The enterprise's consent to the centre using its self-check: a required checkbox and an
 * optional note. Controlled, so a refused form keeps what was ticked and typed.
 */
export function HandoffConsentFields({
  idPrefix,
  consentName = "consent",
  noteName = "note",
}: {
  idPrefix: string;
  consentName?: string;
  noteName?: string;
}) {
  const t = useTranslations("staff.handoff");
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState("");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            name={consentName}
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            required
            aria-describedby={`${idPrefix}-consent-hint`}
            className="mt-0.5 h-4 w-4"
          />
          <span>
            {t("consent")}
            <span aria-hidden="true" className="ml-0.5 text-red-700">
              *
            </span>
          </span>
        </label>
        <p id={`${idPrefix}-consent-hint`} className="pl-6 text-xs text-slate-600">
          {t("consentHint")}
        </p>
      </div>
      <Field id={`${idPrefix}-note`} label={t("note")} hint={t("noteHint")}>
        <Textarea
          id={`${idPrefix}-note`}
          name={noteName}
          rows={2}
          maxLength={MAX_NOTE}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${idPrefix}-note-hint`}
        />
      </Field>
    </div>
  );
}
