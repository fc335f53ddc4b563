"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Input } from "@/components/ui/input";
import { Notice } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { changePassword, type PasswordState } from "./actions";

export function PasswordForm() {
  const t = useTranslations("staff.account");
  const [state, action] = useActionState<PasswordState, FormData>(changePassword, {});
  const field = (name: string, label: string, autoComplete: string) => (
    <div className="space-y-1">
      <label htmlFor={`pw-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id={`pw-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-describedby={name === "next" ? "pw-rule" : undefined}
      />
    </div>
  );
  return (
    <form action={action} className="max-w-sm space-y-4">
      {field("current", t("current"), "current-password")}
      {field("next", t("next"), "new-password")}
      <p id="pw-rule" className="text-xs text-slate-600">
        {t("rule")}
      </p>
      {field("repeat", t("repeat"), "new-password")}
      <div aria-live="polite">
        {state.result === "ok" && <Notice tone="success">{t("ok")}</Notice>}
        {state.result && state.result !== "ok" && (
          <Notice tone="error">{t(`errors.${state.result}`)}</Notice>
        )}
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
