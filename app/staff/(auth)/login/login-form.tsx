"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { Input } from "@/components/ui/input";
import { Notice } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { login, type LoginState } from "./actions";

function waitText(retryAt: string | undefined): { seconds: number; time: string } {
  const at = retryAt ? new Date(retryAt) : new Date();
  const seconds = Math.max(1, Math.ceil((at.getTime() - Date.now()) / 1000));
  const time = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
  return { seconds, time };
}

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("staff.login");
  const [state, action] = useActionState<LoginState, FormData>(login, {});
  useEffect(() => {
    if (state.error) document.getElementById("login-password")?.focus();
  }, [state]);
  const wait = waitText(state.retryAt);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div className="space-y-1">
        <label htmlFor="login-email" className="block text-sm font-medium text-slate-800">
          {t("email")}
        </label>
        <Input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={state.error === "invalid" || undefined}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="login-password" className="block text-sm font-medium text-slate-800">
          {t("password")}
        </label>
        <Input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.error === "invalid" || undefined}
          aria-describedby={state.error ? "login-error" : undefined}
        />
      </div>
      <div id="login-error" aria-live="assertive">
        {state.error && (
          <Notice tone="error">
            {state.error === "locked"
              ? t("locked", { time: wait.time })
              : state.error === "slow-down"
                ? t("slowDown", { seconds: wait.seconds })
                : state.error === "missing"
                  ? t("missing")
                  : t("invalid")}
          </Notice>
        )}
      </div>
      <SubmitButton className="w-full" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
