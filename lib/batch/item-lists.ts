import "server-only";
import type { z } from "zod";
import { metaOf, unwrap } from "@/lib/profile/facts";
import type { FieldMeta } from "@/lib/profile/fields";
import { profileSchema } from "@/lib/profile/schema";
import { zodDef } from "@/lib/profile/zod-def";
import { POLICIES } from "@/rules/policies";
import { normaliseHeader } from "./columns";

/**
 * The item sheets of the batch workbook, generated from the profile schema: one sheet per list of
 * items (drugs, devices, projects, loans, platforms, first-set products, …), each row one item
 * linked to its enterprise by credit code. Headers are the schema's labels with their unit.
 */
export type ItemFieldKind =
  "id" | "text" | "money" | "number" | "percent" | "flag" | "choice" | "choices";

/** A choice's stored value and its Chinese and English labels. */
export type ItemOption = readonly [value: string, zh: string, en: string];

export type ItemField = {
  /** The key inside the item ("rdInvestment"). */
  readonly key: string;
  readonly kind: ItemFieldKind;
  readonly label: string;
  readonly labelEn: string;
  /** label + unit as written in the template's header row. */
  readonly header: string;
  readonly headerEn: string;
  readonly integer: boolean;
  readonly options?: readonly ItemOption[];
};

export type ItemList = {
  /** The list's profile path ("biomedicine.drugs"). */
  readonly path: string;
  /** The sheet's name (the list's Chinese title, as Excel allows sheet names). */
  readonly sheet: string;
  readonly title: string;
  readonly titleEn: string;
  readonly fields: readonly ItemField[];
};

/** The credit-code column every item sheet starts with. */
export const LINK_HEADER = "统一社会信用代码";
export const LINK_HEADER_EN = "Unified social credit code";

const UNIT: Partial<Record<NonNullable<FieldMeta["unit"]>, readonly [string, string]>> = {
  yuan: ["元", "CNY"],
  percent: ["%", "%"],
  kg: ["千克", "kg"],
  watt: ["瓦", "W"],
  m2: ["平方米", "m²"],
  vehicle: ["辆", "vehicles"],
  year: ["年份，如 2025", "year, e.g. 2025"],
};

const policyOptions: readonly ItemOption[] = Object.values(POLICIES).map((p) => [
  p.key,
  p.shortName.zh,
  p.shortName.en,
]);

function optionsOf(schema: z.ZodType, meta: FieldMeta | undefined): ItemOption[] {
  const d = zodDef(unwrap(schema));
  const values = d.entries ? Object.values(d.entries) : [];
  return values.map((v) => {
    const label = meta?.options?.[v];
    const policy = policyOptions.find((p) => p[0] === v);
    return label ? [v, label[0], label[1]] : policy ? policy : [v, v, v];
  });
}

function isInteger(schema: z.ZodType): boolean {
  const checks = zodDef(unwrap(schema)).checks ?? [];
  return checks.some((c) => (c._zod.def as { format?: string }).format === "safeint");
}

export function fieldOf(key: string, schema: z.ZodType): ItemField | undefined {
  const meta = metaOf(schema);
  const d = zodDef(unwrap(schema));
  if (!meta) return undefined;
  let kind: ItemFieldKind;
  let options: ItemOption[] | undefined;
  if (key === "id") kind = "id";
  else if (d.type === "string") kind = "text";
  else if (d.type === "boolean") kind = "flag";
  else if (d.type === "enum") [kind, options] = ["choice", optionsOf(schema, meta)];
  else if (d.type === "array" && d.element && zodDef(unwrap(d.element)).type === "enum")
    [kind, options] = ["choices", optionsOf(d.element, meta)];
  else if (d.type === "number")
    kind = meta.unit === "yuan" ? "money" : meta.unit === "percent" ? "percent" : "number";
  else return undefined;
  // A "第几个年度" count is not a calendar year: no "e.g. 2025" beside it.
  const unit = meta.unit === "year" && meta.title.includes("第几") ? undefined : meta.unit;
  // "实际并网容量（瓦）", "该年度加氢量（公斤）": the label already says its unit.
  const saysUnit = /（[^（）]*(瓦|公斤|千克|平方米|辆)[^（）]*）$/.test(meta.title);
  const [uz, ue]: readonly (string | undefined)[] =
    kind === "flag" ? ["是/否", "yes/no"] : unit && !saysUnit ? (UNIT[unit] ?? []) : [];
  const hint =
    kind === "choices"
      ? ["多个用顿号分隔", "separate with ;"]
      : kind === "id"
        ? ["选填", "optional"]
        : [];
  const zhParts = [uz, hint[0]].filter(Boolean).join("；");
  const enParts = [ue, hint[1]].filter(Boolean).join("; ");
  return {
    key,
    kind,
    label: meta.title,
    labelEn: meta.titleEn,
    header: zhParts ? `${meta.title}（${zhParts}）` : meta.title,
    headerEn: enParts ? `${meta.titleEn} (${enParts})` : meta.titleEn,
    integer: kind === "money" || isInteger(schema),
    options,
  };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string, taken: Set<string>): string {
  let name = title.replace(/[:\\/?*[\]]/g, "").slice(0, 31);
  for (let n = 2; taken.has(name); n++) name = `${title.slice(0, 28)}（${n}）`;
  taken.add(name);
  return name;
}

function collect(): ItemList[] {
  const lists: ItemList[] = [];
  const taken = new Set<string>(["企业", "说明", "选项"]);
  const walk = (schema: z.ZodType, path: string) => {
    const d = zodDef(unwrap(schema));
    if (d.type === "object") {
      for (const [key, child] of Object.entries(d.shape ?? {}))
        walk(child, path ? `${path}.${key}` : key);
      return;
    }
    if (d.type !== "array" || !d.element) return;
    const element = zodDef(unwrap(d.element));
    if (element.type !== "object") return;
    const meta = metaOf(schema);
    const fields = Object.entries(element.shape ?? {})
      .map(([key, child]) => fieldOf(key, child))
      .filter((f): f is ItemField => f !== undefined);
    const title = meta?.title ?? path;
    lists.push({
      path,
      sheet: sheetName(title, taken),
      title,
      titleEn: meta?.titleEn ?? path,
      fields,
    });
  };
  walk(profileSchema, "");
  return lists;
}

export const ITEM_LISTS: readonly ItemList[] = collect();

const bySheet = new Map<string, ItemList>();
for (const l of ITEM_LISTS) {
  bySheet.set(l.sheet, l);
  bySheet.set(normaliseHeader(l.title), l);
  bySheet.set(normaliseHeader(l.titleEn), l);
}

/** The list a sheet holds, by its name as generated or as retyped (no brackets, any case). */
export function listForSheet(name: string): ItemList | undefined {
  return bySheet.get(name.trim()) ?? bySheet.get(normaliseHeader(name));
}

/** The field a header names: its header, label or key, exactly or as people retype it. */
export function fieldForHeader(list: ItemList, header: string): ItemField | undefined {
  const h = header.trim().replace(/\*$/, "");
  const exact = list.fields.find(
    (f) => f.header === h || f.label === h || f.headerEn === h || f.labelEn === h || f.key === h,
  );
  if (exact) return exact;
  const n = normaliseHeader(h);
  const loose = list.fields.filter(
    (f) => normaliseHeader(f.label) === n || normaliseHeader(f.labelEn) === n,
  );
  return loose.length === 1 ? loose[0] : undefined;
}

export function isLinkHeader(header: string): boolean {
  const n = normaliseHeader(header);
  return (
    n === normaliseHeader(LINK_HEADER) ||
    n === normaliseHeader(LINK_HEADER_EN) ||
    n === "creditcode"
  );
}
