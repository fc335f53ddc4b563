"use client";

import { useState, type ReactNode } from "react";
import type { Segment } from "@/lib/browser/json-path";
import type { Lang } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import type { WizardField } from "@/lib/profile/wizard-steps";
import { POLICIES } from "@/rules/policies";

/** What every question shares: its props, frame (label, hint, error) and input styles. */

export type FieldChange = (segments: readonly Segment[], value: unknown) => void;

export type FieldInputProps = {
  readonly field: WizardField;
  /** Where the value sits in the profile: ["biomedicine", "drugs", 0, "rdInvestment"]. */
  readonly segments: readonly Segment[];
  readonly value: unknown;
  readonly onChange: FieldChange;
  readonly error?: string;
};

export const selectClass =
  "block h-10 rounded-md border border-slate-300 bg-white px-2 text-base text-slate-900 " +
  "focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 " +
  "aria-[invalid=true]:border-red-500 sm:text-sm";

export const choiceClass =
  "inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white " +
  "px-3 py-2 text-sm text-slate-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 " +
  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600";

/** The label of an option: the schema's, else a policy's short name, else the value itself. */
export function optionLabel(
  option: { value: string; label?: { zh: string; en: string } },
  lang: Lang,
): string {
  if (option.label) return option.label[lang];
  const policy = POLICIES[option.value as PolicyKey];
  return policy ? policy.shortName[lang] : option.value;
}

/** Keeps what the user typed while the stored value follows it; resyncs on outside changes. */
export function useTypedText(
  value: unknown,
  format: (v: unknown) => string,
  parse: (t: string) => unknown,
) {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!Object.is(parse(text), value)) setText(format(value));
  }
  return [text, setText] as const;
}

export function Frame({
  id,
  label,
  hint,
  error,
  children,
  group = false,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  group?: boolean;
}) {
  const body = (
    <>
      {hint && (
        <div id={`${id}-hint`} className="text-xs leading-5 text-slate-500">
          {hint}
        </div>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </>
  );
  if (group)
    return (
      <fieldset
        id={id}
        className="min-w-0 space-y-1.5"
        aria-describedby={describedBy(id, hint, error)}
      >
        <legend className="mb-1.5 text-sm font-medium text-slate-800">{label}</legend>
        {body}
      </fieldset>
    );
  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {body}
    </div>
  );
}

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
