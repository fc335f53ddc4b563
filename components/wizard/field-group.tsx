"use client";

import { getAt, pathKey, type JsonObject } from "@/lib/browser/json-path";
import type { Lang } from "@/lib/engine/text";
import { type WizardGroup } from "@/lib/profile/wizard-steps";
import { FieldInput, type FieldChange } from "./field-input";
import { ListGroup } from "./list-group";

/** One group of questions: a plain section or a list of items (ListGroup). */
export function Group({
  group,
  value,
  onChange,
  errors,
  lang,
}: {
  group: WizardGroup;
  value: JsonObject;
  onChange: FieldChange;
  errors: ReadonlyMap<string, string>;
  lang: Lang;
}) {
  if (group.type === "list")
    return (
      <ListGroup
        group={group}
        value={getAt(value, group.segments)}
        onChange={onChange}
        errors={errors}
      />
    );
  const fields = group.fields.map((field) => {
    const segments = [...group.segments, field.key];
    return (
      <FieldInput
        key={field.key}
        field={field}
        segments={segments}
        value={getAt(value, segments)}
        onChange={onChange}
        error={errors.get(pathKey(segments))}
      />
    );
  });
  if (!group.title) return <div className="space-y-5">{fields}</div>;
  const headingId = `g-${group.segments.join("-")}`;
  return (
    <section aria-labelledby={headingId} className="space-y-5">
      <h3
        id={headingId}
        className="border-b border-slate-200 pb-1 text-base font-semibold text-slate-900"
      >
        {group.title[lang]}
      </h3>
      {fields}
    </section>
  );
}
