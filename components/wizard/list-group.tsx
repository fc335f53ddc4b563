"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { pathKey, type Segment } from "@/lib/browser/json-path";
import type { Lang } from "@/lib/engine/text";
import { asksItemField, type WizardGroup } from "@/lib/profile/wizard-steps";
import { FieldInput, type FieldChange } from "./field-input";
import { addButtonId, fieldId, focusElement, listId } from "./ids";
import { colon } from "@/lib/browser/punctuation";

type ListGroupSpec = Extract<WizardGroup, { type: "list" }>;

/** A new item's id: unique within the profile, readable in exported files. */
export function newItemId(prefix: string): string {
  const stamp = Date.now().toString(36);
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
  return `${prefix}-${stamp}${random}`;
}

type Item = Record<string, unknown>;

const dangerClass =
  "inline-flex h-9 items-center justify-center rounded-md px-3 text-sm font-medium text-red-700 " +
  "hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/**
 * A repeatable group (drugs, projects, loans…): each item shows the fields its clauses still ask
 * of it (follow-ups appear as its answers make them relevant), its answered fields and its name.
 */
export function ListGroup({
  group,
  value,
  onChange,
  errors,
}: {
  group: ListGroupSpec;
  value: unknown;
  onChange: FieldChange;
  errors: ReadonlyMap<string, string>;
}) {
  const t = useTranslations("check.list");
  const lang = useLocale() as Lang;
  const items: Item[] | undefined = Array.isArray(value) ? (value as Item[]) : undefined;
  const segments = group.segments;
  const itemTitle = group.itemTitle[lang];
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current && focusElement(pendingFocus.current)) pendingFocus.current = null;
  });

  const ids = items?.map((it) => (typeof it?.id === "string" ? it.id : ""));
  const uniqueIds = ids && new Set(ids).size === ids.length && !ids.includes("");
  const full = group.max !== undefined && (items?.length ?? 0) >= group.max;

  const add = () => {
    const list = items ?? [];
    const item: Item = { id: newItemId(String(segments.at(-1))) };
    if (group.nameKey) item[group.nameKey] = `${itemTitle} ${list.length + 1}`;
    const first = group.nameKey ?? group.fields[0]?.key;
    if (first) pendingFocus.current = fieldId([...segments, list.length, first]);
    onChange(segments, [...list, item]);
  };

  const remove = (index: number) => {
    const list = items ?? [];
    pendingFocus.current = addButtonId(segments);
    onChange(
      segments,
      list.filter((_, i) => i !== index),
    );
  };

  const headingId = `${listId(segments)}-title`;
  return (
    <section
      id={listId(segments)}
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50/60 p-3 sm:p-4"
    >
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {group.title[lang]}
      </h3>
      <p className="text-sm text-slate-600">
        {items === undefined
          ? t("unanswered", { item: itemTitle })
          : items.length === 0
            ? t("none", { item: itemTitle })
            : t("count", { count: items.length, item: itemTitle })}
      </p>
      {items && items.length > 0 && (
        <ol className="space-y-3">
          {items.map((item, index) => {
            const itemSegments: Segment[] = [...segments, index];
            const name = group.nameKey ? item?.[group.nameKey] : undefined;
            const legend = `${itemTitle} ${index + 1}${typeof name === "string" && name && name !== `${itemTitle} ${index + 1}` ? `${colon(lang)}${name}` : ""}`;
            return (
              <li key={uniqueIds ? ids![index] : index}>
                <fieldset className="min-w-0 space-y-4 rounded-md border border-slate-200 bg-white p-3 sm:p-4">
                  <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
                  {group.fields.map((field) => {
                    if (!asksItemField(group, item, field)) return null;
                    const fieldSegments = [...itemSegments, field.key];
                    return (
                      <FieldInput
                        key={field.key}
                        field={field}
                        segments={fieldSegments}
                        value={item?.[field.key]}
                        onChange={onChange}
                        error={errors.get(pathKey(fieldSegments))}
                      />
                    );
                  })}
                  <div className="flex justify-end">
                    <button
                      type="button"
                      className={dangerClass}
                      aria-label={t("removeLabel", { item: legend })}
                      onClick={() => remove(index)}
                    >
                      {t("remove")}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="flex flex-wrap gap-2">
        <Button id={addButtonId(segments)} variant="secondary" onClick={add} disabled={full}>
          {t("add", { item: itemTitle })}
        </Button>
        {items === undefined && (
          <Button variant="ghost" onClick={() => onChange(segments, [])}>
            {t("markNone", { item: itemTitle })}
          </Button>
        )}
      </div>
    </section>
  );
}
