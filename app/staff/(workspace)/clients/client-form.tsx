"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { StartStep } from "@/components/wizard/start-step";
import { setAt, type JsonObject } from "@/lib/browser/json-path";
import { currentRound } from "@/lib/rounds";
import { describedBy, Field, Notice, Select, Textarea } from "../../_components/controls";
import { SubmitButton } from "../../_components/submit-button";
import { saveClient, type ClientFormState } from "./actions";
import { HandoffConsentFields } from "./handoff-consent";
import type { ClientFormValues } from "@/lib/clients/form-values";

/** The wizard and the live results carry the rules and the engine: load them after the form's own fields. */
const ProfileWithResults = dynamic(
  () => import("./profile-with-results").then((m) => m.ProfileWithResults),
  { ssr: false, loading: () => <WizardLoading /> },
);

function WizardLoading() {
  const t = useTranslations("staff.clientForm");
  return (
    <p role="status" className="text-sm text-slate-600">
      {t("loadingWizard")}
    </p>
  );
}

export type { ClientFormValues };

/**
 * Creates or edits a client: the record's fields and the self-check profile, edited with the
 * self-check's wizard. An edit names the version it started from; the server refuses it if
 * someone else saved in between.
 */
export function ClientForm({
  initial,
  districts,
  centres,
  initialRound,
  handoff,
}: {
  initial: ClientFormValues;
  /** The application round to show results for (a share link carries one). */
  initialRound?: number;
  /** Filled in from a self-check the enterprise handed over: saved only with its consent. */
  handoff?: { readonly source: "file" | "link" };
  districts: readonly string[];
  /** For admins creating a client: the centres to choose from. */
  centres?: readonly { id: string; name: string }[];
}) {
  const t = useTranslations("staff.clientForm");
  const tc = useTranslations("staff.common");
  const th = useTranslations("staff.handoff");
  const [state, action] = useActionState<ClientFormState, FormData>(saveClient, {});
  // Every field is controlled: a refused submission (with or without JavaScript) shows exactly
  // what was typed, never the stored values (React would otherwise reset the form after the action).
  const [fields, setFields] = useState<ClientFormValues>(() => state.values ?? initial);
  const [profile, setProfile] = useState<JsonObject>(
    () => state.values?.profile ?? initial.profile,
  );
  // Name, code and district are asked once, here; the wizard's copies follow them. (A code too
  // long for the profile is refused once, beside the code field, not twice.)
  const set = (name: keyof ClientFormValues) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    const copy = name === "creditCode" && value.trim().length > 18 ? "" : value.trim();
    if (name === "name" || name === "creditCode" || name === "district")
      setProfile((p) => setAt(p, ["enterprise", name], copy || undefined));
  };
  const current = useMemo(() => currentRound().year, []);
  const [round, setRound] = useState(initialRound ?? current);
  const onProfile = useCallback((next: JsonObject) => setProfile(next), []);
  const intro = useMemo(
    () => ({
      title: t("profileStart"),
      content: (
        <StartStep
          value={profile}
          onChange={onProfile}
          round={round}
          onRoundChange={setRound}
          current={current}
        />
      ),
    }),
    [t, profile, onProfile, round, current],
  );

  const errors = new Map((state.problems ?? []).map((p) => [p.path, p.message]));
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error || state.problems?.length) summary.current?.focus();
  }, [state]);
  // React resets a form after its action; controlled inputs come back from state, but a controlled
  // <select> keeps the reset's first option, so the district is put back by hand.
  const district = useRef<HTMLSelectElement>(null);
  const districtValue = fields.district ?? "";
  useEffect(() => {
    if (district.current && district.current.value !== districtValue)
      district.current.value = districtValue;
  }, [state, districtValue]);

  const text = (
    name: keyof ClientFormValues,
    label: string,
    options: { required?: boolean; hint?: string; type?: string; autoComplete?: string } = {},
  ) => {
    const id = `client-${name}`;
    const error = errors.get(name);
    return (
      <Field id={id} label={label} hint={options.hint} error={error} required={options.required}>
        <Input
          id={id}
          name={name}
          type={options.type ?? "text"}
          value={String(fields[name] ?? "")}
          onChange={(e) => set(name)(e.target.value)}
          required={options.required}
          autoComplete={options.autoComplete ?? "off"}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, options.hint, error)}
        />
      </Field>
    );
  };

  return (
    <form action={action} className="space-y-6" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      {initial.version !== undefined && (
        <input type="hidden" name="version" value={initial.version} />
      )}
      <input type="hidden" name="profile" value={JSON.stringify(profile)} />

      <div
        ref={summary}
        tabIndex={-1}
        aria-live="assertive"
        className="space-y-2 focus:outline-none"
      >
        {state.error === "stale-version" && <Notice tone="error">{t("staleVersion")}</Notice>}
        {state.error === "duplicate" && <Notice tone="error">{t("duplicate")}</Notice>}
        {state.error === "wrong-state" && <Notice tone="error">{t("wrongState")}</Notice>}
        {(state.error === "forbidden" || state.error === "not-found") && (
          <Notice tone="error">{tc("forbidden")}</Notice>
        )}
        {state.error === "invalid-profile" && <Notice tone="error">{t("invalidProfile")}</Notice>}
        {state.error === "consent-needed" && (
          <Notice tone="error">{th("errors.consent-needed")}</Notice>
        )}
        {state.problems && state.problems.length > 0 && (
          <Notice tone="error">
            <p className="font-medium">{t("problems", { count: state.problems.length })}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {state.problems.map((p) => (
                <li key={p.path}>
                  {p.label ?? p.path}：{p.message}
                </li>
              ))}
            </ul>
          </Notice>
        )}
      </div>

      <Card className="space-y-4 p-4 sm:p-6">
        <h2 className="text-lg font-semibold text-slate-900">{t("recordTitle")}</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("name", t("name"), { required: true, autoComplete: "organization" })}
          {text("creditCode", t("creditCode"), { hint: t("creditCodeHint") })}
          <Field id="client-district" label={t("district")} error={errors.get("district")}>
            <Select
              ref={district}
              id="client-district"
              name="district"
              value={fields.district}
              onChange={(e) => set("district")(e.target.value)}
              aria-invalid={errors.has("district") || undefined}
              aria-describedby={describedBy("client-district", undefined, errors.get("district"))}
            >
              <option value="">{t("noDistrict")}</option>
              {districts.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </Field>
          {centres && centres.length > 0 && (
            <Field id="client-centre" label={t("centre")} required>
              <Select
                id="client-centre"
                name="centreId"
                value={fields.centreId ?? centres[0]!.id}
                onChange={(e) => set("centreId")(e.target.value)}
              >
                {centres.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {text("contactName", t("contactName"), { autoComplete: "name" })}
          {text("contactPhone", t("contactPhone"), { type: "tel", autoComplete: "tel" })}
        </div>
        <Field id="client-notes" label={t("notes")} error={errors.get("notes")}>
          <Textarea
            id="client-notes"
            name="notes"
            value={fields.notes}
            onChange={(e) => set("notes")(e.target.value)}
            rows={3}
          />
        </Field>
      </Card>

      <ProfileWithResults
        profile={profile}
        onProfile={onProfile}
        intro={intro}
        round={round}
        onRoundChange={setRound}
        currentRound={current}
      />

      {handoff && (
        <Card className="space-y-3 p-4 sm:p-6" data-testid="handoff-consent">
          <input type="hidden" name="handoffSource" value={handoff.source} />
          <HandoffConsentFields
            idPrefix="handoff"
            consentName="handoffConsent"
            noteName="handoffNote"
          />
        </Card>
      )}

      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel={tc("saving")}>
          {initial.id ? t("saveEdit") : t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
