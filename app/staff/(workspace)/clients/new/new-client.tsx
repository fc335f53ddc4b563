"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { JsonObject } from "@/lib/browser/json-path";
import { Notice } from "../../../_components/controls";
import { SubmitButton } from "../../../_components/submit-button";
import { ClientForm, type ClientFormValues } from "../client-form";
import { previewImportAction, type ImportFormState } from "../import-actions";
import { ImportError, ImportSourceFields } from "../import-source-fields";

type Prefill = Extract<ImportFormState, { stage: "prefill" }>;
type NewClientState = {
  readonly state: ImportFormState;
  readonly filled: Prefill | null;
  readonly count: number;
};

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The new-client form's values from a self-check: its name, code and district copied over. */
function fromSelfCheck(profile: JsonObject): ClientFormValues {
  const enterprise = (profile.enterprise ?? {}) as Record<string, unknown>;
  return {
    name: text(enterprise.name),
    creditCode: text(enterprise.creditCode),
    district: text(enterprise.district),
    contactName: "",
    contactPhone: "",
    notes: "",
    profile,
  };
}

/**
 * A new client, optionally started from a self-check the enterprise handed over (its exported
 * file or share link): the form is filled in, and staff still check it and save it themselves,
 * with the enterprise's consent.
 */
export function NewClient({
  initial,
  districts,
  centres,
}: {
  initial: ClientFormValues;
  districts: readonly string[];
  centres?: readonly { id: string; name: string }[];
}) {
  const t = useTranslations("staff.handoff");
  // The last self-check read stays in the form when a later reading is refused.
  const [{ state, filled, count }, read] = useActionState<NewClientState, FormData>(
    async (previous, formData) => {
      const next = await previewImportAction(previous.state, formData);
      return next.stage === "prefill"
        ? { state: next, filled: next, count: previous.count + 1 }
        : { ...previous, state: next };
    },
    { state: {}, filled: null, count: 0 },
  );
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.stage) notice.current?.focus();
  }, [state]);

  return (
    <div className="space-y-6">
      <details
        // Closed again once a self-check has filled the form in.
        key={count}
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <summary className="cursor-pointer text-base font-semibold text-slate-900">
          {t("open")}
        </summary>
        <form action={read} className="mt-3 space-y-4">
          <p className="text-sm text-slate-700">{t("introNew")}</p>
          <ImportSourceFields idPrefix="new-import" />
          <SubmitButton variant="secondary" pendingLabel={t("reading")}>
            {t("readNew")}
          </SubmitButton>
        </form>
      </details>
      <div
        ref={notice}
        tabIndex={-1}
        aria-live="polite"
        className="empty:hidden focus:outline-none"
      >
        <ImportError state={state} />
        {state.stage === "prefill" && (
          <Notice tone="success">
            {t("prefilled", {
              source: state.source === "file" ? t("sourceFileName") : t("sourceLinkName"),
            })}
          </Notice>
        )}
      </div>
      <ClientForm
        // A new self-check starts the form afresh.
        key={count}
        districts={districts}
        centres={centres}
        initial={filled ? fromSelfCheck(filled.profile as JsonObject) : initial}
        initialRound={filled?.round}
        handoff={filled ? { source: filled.source } : undefined}
      />
    </div>
  );
}
