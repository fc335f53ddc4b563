"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { numberFromInput, numberToInput } from "@/lib/browser/number-input";
import type { Lang } from "@/lib/engine/text";
import type { WizardField } from "@/lib/profile/wizard-steps";
import { fieldId } from "./ids";
import { withParen } from "@/lib/browser/punctuation";

import {
  choiceClass,
  describedBy,
  Frame,
  optionLabel,
  selectClass,
  useTypedText,
  type FieldInputProps,
} from "./field-frame";
import { MoneyField } from "./money-field";

export type { FieldChange, FieldInputProps } from "./field-frame";

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
