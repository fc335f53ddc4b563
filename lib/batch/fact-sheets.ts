import "server-only";
import type { z } from "zod";
import { metaOf, unwrap } from "@/lib/profile/facts";
import { profileSchema } from "@/lib/profile/schema";
import { policySections } from "@/lib/profile/sections";
import { zodDef } from "@/lib/profile/zod-def";
import { normaliseHeader } from "./columns";
import { fieldOf, type ItemField } from "./item-lists";

/**
 * The policy sheets of the batch workbook, generated from the profile schema: per policy, the
 * facts about the enterprise as a whole (not its lists of items) — one row per enterprise, linked
 * by credit code. Facts inside a group carry the group's title ("医疗机构：三级公立医院").
 */
export type FactField = ItemField & {
  /** The fact's profile path ("biomedicine.medicalInstitution.tertiaryPublicHospital"). */
  readonly path: string;
};

export type FactSheet = {
  /** The policy section ("biomedicine"). */
  readonly section: string;
  readonly sheet: string;
  readonly title: string;
  readonly titleEn: string;
  readonly fields: readonly FactField[];
};

function collectFields(
  schema: z.ZodType,
  path: string,
  prefix: readonly [string, string] | undefined,
  out: FactField[],
): void {
  const d = zodDef(unwrap(schema));
  for (const [key, child] of Object.entries(d.shape ?? {})) {
    const childPath = `${path}.${key}`;
    const cd = zodDef(unwrap(child));
    if (cd.type === "object") {
      const meta = metaOf(child);
      collectFields(child, childPath, meta ? [meta.title, meta.titleEn] : prefix, out);
      continue;
    }
    // Lists of items have their own sheets.
    if (cd.type === "array" && cd.element && zodDef(unwrap(cd.element)).type === "object") continue;
    const field = fieldOf(key, child);
    if (!field || field.kind === "id") continue;
    const [zh, en] = prefix ?? ["", ""];
    out.push({
      ...field,
      key: childPath,
      path: childPath,
      header: zh ? `${zh}：${field.header}` : field.header,
      headerEn: en ? `${en}: ${field.headerEn}` : field.headerEn,
      label: zh ? `${zh}：${field.label}` : field.label,
      labelEn: en ? `${en}: ${field.labelEn}` : field.labelEn,
    });
  }
}

function collect(): FactSheet[] {
  const shape = zodDef(unwrap(profileSchema)).shape ?? {};
  return Object.keys(policySections).flatMap((section) => {
    const schema = shape[section];
    if (!schema) return [];
    const meta = metaOf(schema);
    const fields: FactField[] = [];
    collectFields(schema, section, undefined, fields);
    if (fields.length === 0) return [];
    const title = meta?.title ?? section;
    return [
      {
        section,
        sheet: `${title}企业情况`.slice(0, 31),
        title: `${title}企业情况`,
        titleEn: `${meta?.titleEn ?? section}: the enterprise`,
        fields,
      },
    ];
  });
}

export const FACT_SHEETS: readonly FactSheet[] = collect();

const bySheet = new Map<string, FactSheet>();
for (const s of FACT_SHEETS) {
  bySheet.set(s.sheet, s);
  bySheet.set(normaliseHeader(s.sheet), s);
}

export function factSheetFor(name: string): FactSheet | undefined {
  return bySheet.get(name.trim()) ?? bySheet.get(normaliseHeader(name));
}

/** The field a header names: its header, label or path, exactly or as people retype it. */
export function factForHeader(sheet: FactSheet, header: string): FactField | undefined {
  const h = header.trim().replace(/\*$/, "");
  const exact = sheet.fields.find(
    (f) => f.header === h || f.label === h || f.headerEn === h || f.labelEn === h || f.path === h,
  );
  if (exact) return exact;
  const n = normaliseHeader(h);
  const loose = sheet.fields.filter(
    (f) => normaliseHeader(f.label) === n || normaliseHeader(f.labelEn) === n,
  );
  return loose.length === 1 ? loose[0] : undefined;
}
