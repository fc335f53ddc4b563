"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useState, type ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { numberFromInput, numberToInput } from "@/lib/browser/number-input";
import type { Segment } from "@/lib/browser/json-path";
import { formatWan } from "@/lib/engine/format";
import {
  MONEY_UNITS,
  moneyFromInput,
  moneySpokenBack,
  moneyToInput,
  suspiciousUnit,
  type MoneyUnit,
} from "@/lib/units/money-input";
import type { Lang } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import type { WizardField } from "@/lib/profile/wizard-steps";
import { POLICIES } from "@/rules/policies";
import { fieldId } from "./ids";
import { withParen } from "@/lib/browser/punctuation";

export type FieldChange = (segments: readonly Segment[], value: unknown) => void;

export type FieldInputProps = {
  readonly field: WizardField;
  /** Where the value sits in the profile: ["biomedicine", "drugs", 0, "rdInvestment"]. */
  readonly segments: readonly Segment[];
  readonly value: unknown;
  readonly onChange: FieldChange;
  readonly error?: string;
};

const selectClass =
  "block h-10 rounded-md border border-slate-300 bg-white px-2 text-base text-slate-900 " +
  "focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30 " +
  "aria-[invalid=true]:border-red-500 sm:text-sm";

const choiceClass =
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
function useTypedText(
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

function Frame({
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

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function MoneyField({ field, segments, value, onChange, error }: FieldInputProps) {
  const t = useTranslations("check.field");
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  const [unit, setUnit] = useState<MoneyUnit>(() =>
    typeof value === "number" && value > 0 && value % 100 !== 0 ? "yuan" : "wan",
  );
  const [text, setText] = useTypedText(
    value,
    (v) => moneyToInput(v, unit),
    (s) => moneyFromInput(s, unit),
  );
  // A figure that looks typed in the wrong unit waits here, unused, until the user decides.
  const [pending, setPending] = useState<{ yuan: number; asYuan: number } | null>(null);
  const valid = typeof value === "number" && Number.isInteger(value) && value >= 0;
  const title = field.title[lang];
  const describe = [
    field.description ? `${id}-hint` : "",
    `${id}-conversion`,
    error ? `${id}-error` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const accept = (typed: string, inUnit: MoneyUnit) => {
    const yuan = moneyFromInput(typed, inUnit);
    const doubt = typeof yuan === "number" ? suspiciousUnit(yuan, inUnit) : undefined;
    if (doubt && typeof yuan === "number") {
      setPending({ yuan, asYuan: doubt.asYuan });
      return;
    }
    setPending(null);
    onChange(segments, yuan);
  };
  const settle = (yuan: number) => {
    setPending(null);
    setText(moneyToInput(yuan, unit));
    onChange(segments, yuan);
  };
  return (
    <Frame
      id={id}
      label={withParen(title, t(`unit.${unit}`), lang)}
      error={error}
      hint={field.description?.[lang]}
    >
      <div className="flex gap-2">
        <Input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          className="min-w-0 flex-1"
          value={text}
          aria-invalid={error || pending ? true : undefined}
          aria-describedby={describe}
          onChange={(e) => {
            setText(e.target.value);
            accept(e.target.value, unit);
          }}
        />
        <select
          aria-label={t("unitOf", { field: title })}
          className={cn(selectClass, "shrink-0")}
          value={unit}
          onChange={(e) => {
            const next = e.target.value as MoneyUnit;
            setUnit(next);
            if (pending) accept(text, next);
            else setText(moneyToInput(value, next));
          }}
        >
          {MONEY_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`unit.${u}`)}
            </option>
          ))}
        </select>
      </div>
      {pending ? (
        <div
          id={`${id}-conversion`}
          role="alert"
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p>
            {t("doubt", {
              typed: formatWan(pending.yuan, lang),
              meant: formatWan(pending.asYuan, lang),
            })}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={confirmClass} onClick={() => settle(pending.asYuan)}>
              {t("doubtFix", { meant: formatWan(pending.asYuan, lang) })}
            </button>
            <button type="button" className={confirmClass} onClick={() => settle(pending.yuan)}>
              {t("doubtKeep", { typed: formatWan(pending.yuan, lang) })}
            </button>
          </div>
        </div>
      ) : (
        <p id={`${id}-conversion`} className="text-xs text-slate-500">
          {valid ? moneySpokenBack(value, lang) : t("moneyHint")}
        </p>
      )}
    </Frame>
  );
}

const confirmClass =
  "rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm font-medium text-amber-950 " +
  "hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

const UNIT_SUFFIX: Partial<
  Record<NonNullable<WizardField["unit"]>, "percent" | "kg" | "watt" | "m2" | "vehicle">
> = {
  percent: "percent",
  kg: "kg",
  watt: "watt",
  m2: "m2",
  vehicle: "vehicle",
};

function NumberField({ field, segments, value, onChange, error }: FieldInputProps) {
  const t = useTranslations("check.field");
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  const [text, setText] = useTypedText(value, numberToInput, numberFromInput);
  const suffix = field.unit ? UNIT_SUFFIX[field.unit] : undefined;
  const label = suffix
    ? withParen(field.title[lang], t(`units.${suffix}`), lang)
    : field.title[lang];
  return (
    <Frame id={id} label={label} error={error} hint={field.description?.[lang]}>
      <Input
        id={id}
        inputMode={field.kind === "year" || field.kind === "count" ? "numeric" : "decimal"}
        autoComplete="off"
        className={field.kind === "year" ? "max-w-40" : undefined}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.description, error)}
        onChange={(e) => {
          setText(e.target.value);
          onChange(segments, numberFromInput(e.target.value));
        }}
      />
    </Frame>
  );
}

function BooleanField({ field, segments, value, onChange, error }: FieldInputProps) {
  const t = useTranslations("check.field");
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  const choices = [
    { v: true, label: t("yes"), suffix: "yes" },
    { v: false, label: t("no"), suffix: "no" },
    { v: undefined, label: t("unsure"), suffix: "unsure" },
  ] as const;
  return (
    <Frame id={id} label={field.title[lang]} error={error} hint={field.description?.[lang]} group>
      <div className="flex flex-wrap gap-2">
        {choices.map((c) => (
          <label key={c.suffix} className={choiceClass}>
            <input
              type="radio"
              className="h-4 w-4 accent-brand-600"
              name={id}
              checked={value === c.v || (c.v === undefined && typeof value !== "boolean")}
              onChange={() => onChange(segments, c.v)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </Frame>
  );
}

function ChoiceField({ field, segments, value, onChange, error }: FieldInputProps) {
  const t = useTranslations("check.field");
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  return (
    <Frame id={id} label={field.title[lang]} error={error} hint={field.description?.[lang]}>
      <select
        id={id}
        className={cn(selectClass, "w-full")}
        value={typeof value === "string" ? value : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.description, error)}
        onChange={(e) => onChange(segments, e.target.value === "" ? undefined : e.target.value)}
      >
        <option value="">{t("notChosen")}</option>
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {optionLabel(o, lang)}
          </option>
        ))}
      </select>
    </Frame>
  );
}

function ChoicesField({ field, segments, value, onChange, error }: FieldInputProps) {
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  const chosen = Array.isArray(value) ? (value as unknown[]) : [];
  return (
    <Frame id={id} label={field.title[lang]} error={error} hint={field.description?.[lang]} group>
      <div className="flex flex-wrap gap-2">
        {field.options?.map((o) => (
          <label key={o.value} className={choiceClass}>
            <input
              type="checkbox"
              className="h-4 w-4 accent-brand-600"
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                onChange(
                  segments,
                  e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value),
                )
              }
            />
            {optionLabel(o, lang)}
          </label>
        ))}
      </div>
    </Frame>
  );
}

function TextField({ field, segments, value, onChange, error }: FieldInputProps) {
  const lang = useLocale() as Lang;
  const id = fieldId(segments);
  return (
    <Frame id={id} label={field.title[lang]} error={error} hint={field.description?.[lang]}>
      <Input
        id={id}
        autoComplete="off"
        value={typeof value === "string" ? value : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.description, error)}
        onChange={(e) =>
          onChange(segments, e.target.value === "" && !field.required ? undefined : e.target.value)
        }
      />
    </Frame>
  );
}

/** One question, rendered from its zod type and meta. */
export const FieldInput = memo(function FieldInput(props: FieldInputProps) {
  switch (props.field.kind) {
    case "money":
      return <MoneyField {...props} />;
    case "count":
    case "quantity":
    case "percent":
    case "year":
      return <NumberField {...props} />;
    case "boolean":
      return <BooleanField {...props} />;
    case "choice":
      return <ChoiceField {...props} />;
    case "choices":
      return <ChoicesField {...props} />;
    case "text":
      return <TextField {...props} />;
  }
});
