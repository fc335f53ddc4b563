"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
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
import { fieldId } from "./ids";
import { withParen } from "@/lib/browser/punctuation";

import { Frame, useTypedText, selectClass, type FieldInputProps } from "./field-frame";

/** A money question: amount and unit (元/万元/亿元), read back in words, with a check on unlikely units. */
export function MoneyField({ field, segments, value, onChange, error }: FieldInputProps) {
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
