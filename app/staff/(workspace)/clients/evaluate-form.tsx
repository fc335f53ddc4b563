"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Input } from "@/components/ui/input";
import { Notice } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { evaluateClient, type EvaluateState } from "./actions";

/** Evaluates the client's current profile on a date and saves the result. */
export function EvaluateForm({
  clientId,
  version,
  defaultAsOf,
  label,
}: {
  clientId: string;
  version: number;
  defaultAsOf: string;
  label?: string;
}) {
  const t = useTranslations("staff.evaluate");
  const tc = useTranslations("staff.common");
  const [state, action] = useActionState<EvaluateState, FormData>(evaluateClient, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="id" value={clientId} />
      <input type="hidden" name="version" value={version} />
      <div className="space-y-1">
        <label htmlFor={`as-of-${clientId}`} className="block text-sm font-medium text-slate-800">
          {t("asOf")}
        </label>
        <Input
          id={`as-of-${clientId}`}
          name="asOf"
          type="date"
          required
          defaultValue={defaultAsOf}
          className="w-44"
          aria-invalid={state.error === "date" || undefined}
        />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{label ?? t("submit")}</SubmitButton>
      <div aria-live="assertive" className="w-full empty:hidden">
        {state.error === "date" && <Notice tone="error">{t("badDate")}</Notice>}
        {state.error === "stale-version" && <Notice tone="error">{t("stale")}</Notice>}
        {state.error === "wrong-state" && <Notice tone="error">{t("deleted")}</Notice>}
        {(state.error === "forbidden" || state.error === "not-found") && (
          <Notice tone="error">{tc("forbidden")}</Notice>
        )}
      </div>
    </form>
  );
}
