"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RoundSelect } from "@/components/round-select";
import { Notice } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { evaluateClient, type EvaluateState } from "./actions";

/**
 * Evaluates the client's current profile for the round the user picks (by default the one open or
 * next to open today) and saves the result.
 */
export function EvaluateForm({
  clientId,
  version,
  defaultRound,
  currentRound,
  label,
}: {
  clientId: string;
  version: number;
  defaultRound: number;
  currentRound: number;
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
        <label htmlFor={`round-${clientId}`} className="block text-sm font-medium text-slate-800">
          {t("round")}
        </label>
        <RoundSelect
          id={`round-${clientId}`}
          name="round"
          required
          current={currentRound}
          defaultValue={defaultRound}
          aria-invalid={state.error === "date" || undefined}
        />
      </div>
      <SubmitButton pendingLabel={t("pending")}>{label ?? t("submit")}</SubmitButton>
      <div aria-live="assertive" className="w-full empty:hidden">
        {state.error === "date" && <Notice tone="error">{t("badDate")}</Notice>}
        {state.error === "stale-version" && <Notice tone="error">{t("stale")}</Notice>}
        {state.error === "wrong-state" && <Notice tone="error">{t("deleted")}</Notice>}
        {state.error === "credit-code-needed" && (
          <Notice tone="error">{t("creditCodeNeeded")}</Notice>
        )}
        {(state.error === "forbidden" || state.error === "not-found") && (
          <Notice tone="error">{tc("forbidden")}</Notice>
        )}
      </div>
    </form>
  );
}
