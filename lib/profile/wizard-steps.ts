import type { z } from "zod";
import type { AnyClause, Beneficiary, PolicyKey } from "@/lib/engine/types";
import type { Text } from "@/lib/engine/text";
import { SCOPE_FACT } from "@/lib/engine/scope";
import { metaOf, resolveFact, unwrap } from "./facts";
import { itemName, type FieldMeta } from "./fields";
import type { OpenReads } from "./open-reads";
import { profileSchema } from "./schema";
import { SLOT_NAMES, withYears, yearKeyLabel, yearOfSlot } from "./years";
import { zodDef as defOf } from "./zod-def";

/**
 * The self-check wizard's questions, derived from the registry: one step per top-level section
 * of the profile schema, holding exactly the facts the chosen policies' clauses read (for the
 * applicant's roles), plus the enterprise basics. Pure: the wizard, its tests and the staff
 * workspace all call it with the clauses they have.
 */

/** How a field is asked. */
export type FieldKind =
  "money" | "quantity" | "count" | "percent" | "year" | "boolean" | "choice" | "choices" | "text";

export type FieldOption = {
  readonly value: string;
  /** From the schema's meta; absent when the schema gives none (the value is its own label). */
  readonly label?: Text;
};

export type WizardField = {
  /** The fact path as clauses write it: "biomedicine.drugs[].rdInvestment". */
  readonly path: string;
  /** The key in the parent object or list item: "rdInvestment". */
  readonly key: string;
  readonly kind: FieldKind;
  readonly title: Text;
  readonly description?: Text;
  readonly unit?: FieldMeta["unit"];
  readonly options?: readonly FieldOption[];
  /** The schema refuses the profile while this field is empty (list items' names). */
  readonly required: boolean;
};

export type WizardGroup =
  | {
      readonly type: "object";
      /** Keys from the profile's root to the object: ["finance", "2025"], ["biomedicine"]. */
      readonly segments: readonly string[];
      /** Titles of the nested objects below the step's section ("2025 年"); empty at the section. */
      readonly title?: Text;
      readonly fields: readonly WizardField[];
    }
  | {
      readonly type: "list";
      readonly segments: readonly string[];
      /** The fact path of the list: "biomedicine.drugs". */
      readonly path: string;
      readonly title: Text;
      /** What one item is called ("药品"), for "药品 1" and "添加药品". */
      readonly itemTitle: Text;
      readonly max?: number;
      /** The item's name field (the shared `itemName`), prefilled for new items. */
      readonly nameKey?: string;
      /** Every field any item may be asked. */
      readonly fields: readonly WizardField[];
      /**
       * Item id → the fields still asked of that item (openReads): an item shows these, its
       * answered fields and the required ones. An item absent from it shows every field.
       */
      readonly openByItem?: ReadonlyMap<string, ReadonlySet<string>>;
    };

export type WizardStep = {
  /** The top-level key of the profile ("enterprise", "finance", "biomedicine"…). */
  readonly id: string;
  readonly title: Text;
  readonly groups: readonly WizardGroup[];
};

/** Facts the start screen asks (industries and kind of applicant), never repeated in the steps. */
export const START_FACTS: readonly string[] = ["enterprise.industries", "enterprise.roles"];

/**
 * Asked whatever the clauses read: the applicant's name and credit code (the report names the
 * applicant by them) and its fields of activity (every clause's scope, readings rule 13).
 */
export const BASIC_FACTS: readonly string[] = [
  "enterprise.name",
  "enterprise.creditCode",
  SCOPE_FACT,
];

const textOf = (m: FieldMeta | undefined, fallback: string): Text =>
  m ? { zh: m.title, en: m.titleEn } : { zh: fallback, en: fallback };

function maxItems(schema: z.ZodType): number | undefined {
  const check = defOf(unwrap(schema)).checks?.find((c) => c._zod.def.check === "max_length");
  return check?._zod.def.maximum;
}

function describeField(path: string, key: string, schema: z.ZodType): WizardField | undefined {
  const meta = metaOf(schema);
  const inner = unwrap(schema);
  const d = defOf(inner);
  let kind: FieldKind;
  let options: FieldOption[] | undefined;
  const optionsOf = (entries: Record<string, string>) =>
    Object.values(entries).map((value) => {
      const label = meta?.options?.[value];
      return label ? { value, label: { zh: label[0], en: label[1] } } : { value };
    });
  switch (d.type) {
    case "number":
      kind =
        meta?.unit === "yuan"
          ? "money"
          : meta?.unit === "percent"
            ? "percent"
            : meta?.unit === "year"
              ? "year"
              : meta?.unit === "count"
                ? "count"
                : "quantity";
      break;
    case "boolean":
      kind = "boolean";
      break;
    case "enum":
      kind = "choice";
      options = optionsOf(d.entries ?? {});
      break;
    case "array": {
      const el = d.element ? defOf(unwrap(d.element)) : undefined;
      if (el?.type !== "enum") return undefined;
      kind = "choices";
      options = optionsOf(el.entries ?? {});
      break;
    }
    case "string":
      kind = "text";
      break;
    default:
      return undefined;
  }
  return {
    path,
    key,
    kind,
    title: textOf(meta, key),
    description: meta?.description
      ? { zh: meta.description, en: meta.descriptionEn ?? meta.description }
      : undefined,
    unit: meta?.unit,
    options,
    required: !schema.safeParse(undefined).success,
  };
}

type Asked = {
  /** Exact fact paths the clauses read. */
  readonly facts: ReadonlySet<string>;
  /** Lists the clauses apply to (their item sources), asked even when no item field is read. */
  readonly lists: ReadonlySet<string>;
  /** Per list path, the fields still asked of each item (from openReads). */
  readonly items?: OpenReads["items"];
};

const isObject = (s: z.ZodType) => defOf(unwrap(s)).type === "object";

function listElement(s: z.ZodType): z.ZodType | undefined {
  const d = defOf(unwrap(s));
  if (d.type !== "array" || !d.element) return undefined;
  return isObject(d.element) ? d.element : undefined;
}

/** Whether anything at or below `path` is asked. */
function asksBelow(asked: Asked, path: string): boolean {
  if (asked.lists.has(path) || asked.facts.has(path)) return true;
  for (const f of asked.facts)
    if (f.startsWith(`${path}.`) || f.startsWith(`${path}[]`)) return true;
  for (const l of asked.lists) if (l.startsWith(`${path}.`)) return true;
  return false;
}

function listGroup(
  segments: readonly string[],
  schema: z.ZodType,
  element: z.ZodType,
  asked: Asked,
): WizardGroup {
  const path = segments.join(".");
  const whole = asked.facts.has(path);
  const fields: WizardField[] = [];
  let nameKey: string | undefined;
  for (const [key, child] of Object.entries(defOf(unwrap(element)).shape ?? {})) {
    if (key === "id") continue; // generated for new items
    if (child === itemName) nameKey = key;
    const itemPath = `${path}[].${key}`;
    const field = describeField(itemPath, key, child);
    if (!field) continue;
    if (whole || asked.facts.has(itemPath) || field.required) fields.push(field);
  }
  return {
    type: "list",
    segments,
    path,
    title: textOf(metaOf(schema), segments.at(-1)!),
    itemTitle: textOf(metaOf(element), segments.at(-1)!),
    max: maxItems(schema),
    nameKey,
    fields,
    openByItem: asked.items ? (asked.items.get(path) ?? new Map()) : undefined,
  };
}

/** An object's own fields first (one group), then its lists and nested objects in schema order. */
function walkObject(
  segments: readonly string[],
  schema: z.ZodType,
  asked: Asked,
  out: WizardGroup[],
  title?: Text,
): void {
  const fields: WizardField[] = [];
  const children: (() => void)[] = [];
  for (const [key, child] of Object.entries(defOf(unwrap(schema)).shape ?? {})) {
    const childSegments = [...segments, key];
    const path = childSegments.join(".");
    if (START_FACTS.includes(path)) continue;
    const element = listElement(child);
    if (element || isObject(child)) {
      if (!asksBelow(asked, path)) continue;
      children.push(() =>
        element
          ? out.push(listGroup(childSegments, child, element, asked))
          : walkObject(childSegments, child, asked, out, textOf(metaOf(child), key)),
      );
      continue;
    }
    if (!asked.facts.has(path)) continue;
    const field = describeField(path, key, child);
    if (field) fields.push(field);
  }
  if (fields.length) out.push({ type: "object", segments, title, fields });
  for (const walk of children) walk();
}

export type WizardOptions = {
  /** The policies whose clauses are asked about. */
  readonly policies: readonly PolicyKey[];
  /** The applicant's roles: clauses for other kinds of applicant are not asked about. */
  readonly roles?: readonly Beneficiary[];
  /**
   * The facts each clause still needs given the answers so far (openReads of an evaluation of the
   * draft); a clause absent from it asks everything it reads.
   */
  readonly open?: OpenReads;
  /**
   * The event year of the round the wizard is for: yearly figures are asked for the years the
   * clauses compare (2025, 2024, …). Without it they are asked relative to the event year.
   */
  readonly eventYear?: number;
};

/** The facts the chosen clauses read, and the lists they apply to. */
export function askedFacts(clauses: readonly AnyClause[], options: WizardOptions): Asked {
  const roles = options.roles ?? ["enterprise"];
  const facts = new Set<string>(BASIC_FACTS);
  const lists = new Set<string>();
  for (const c of clauses) {
    if (!options.policies.includes(c.policy) || !roles.includes(c.beneficiary)) continue;
    const open = options.open?.clauses.get(c.id);
    for (const r of open ?? c.reads) if (resolveFact(r)) facts.add(r);
    // A clause that asks nothing more (out of force) does not ask for its list either.
    const asksList = !open || open.length > 0 || c.reads.length === 0;
    if (c.items && asksList && resolveFact(c.items.path)) lists.add(c.items.path);
  }
  return { facts, lists, items: options.open?.items };
}

/**
 * The yearly figures the clauses read, one group per calendar year, newest first. The fields keep
 * the rules' paths ("finance.previous.revenue", what the clauses and the results name); the group's
 * segments are where the profile stores them (["finance", "2024"]).
 */
function yearGroups(
  section: z.ZodType,
  asked: Asked,
  eventYear: number | undefined,
): WizardGroup[] {
  const figures = defOf(unwrap(section)).valueType;
  if (!figures) return [];
  const groups: WizardGroup[] = [];
  for (const slot of SLOT_NAMES) {
    const key = eventYear === undefined ? slot : String(yearOfSlot(slot, eventYear));
    const year = yearKeyLabel(key)!;
    const fields: WizardField[] = [];
    for (const [field, child] of Object.entries(defOf(unwrap(figures)).shape ?? {})) {
      const path = `finance.${slot}.${field}`;
      if (!asked.facts.has(path)) continue;
      const described = describeField(path, field, child);
      // Each field names its year, so that “研发投入” of two years are told apart anywhere.
      if (described)
        fields.push({
          ...described,
          title: { zh: `${year.zh}${described.title.zh}`, en: `${described.title.en}, ${year.en}` },
        });
    }
    if (!fields.length) continue;
    groups.push({ type: "object", segments: ["finance", key], title: year, fields });
  }
  return groups;
}

/** The wizard's steps for these clauses, in the order of the profile schema. */
export function wizardSteps(
  clauses: readonly AnyClause[],
  options: WizardOptions,
): readonly WizardStep[] {
  const asked = askedFacts(clauses, options);
  const steps: WizardStep[] = [];
  for (const [key, section] of Object.entries(defOf(profileSchema).shape ?? {})) {
    if (!asksBelow(asked, key)) continue;
    const groups: WizardGroup[] = [];
    const element = listElement(section);
    if (element) groups.push(listGroup([key], section, element, asked));
    else if (isObject(section)) walkObject([key], section, asked, groups);
    else if (defOf(unwrap(section)).type === "record")
      groups.push(...yearGroups(section, asked, options.eventYear));
    else continue;
    if (groups.length)
      steps.push({
        id: key,
        title: textOf(metaOf(section), key),
        groups: groups.map((g) => namingYears(g, options.eventYear)),
      });
  }
  return steps;
}

const yearsIn = (text: Text, eventYear: number): Text => ({
  zh: withYears(text.zh, "zh", eventYear),
  en: withYears(text.en, "en", eventYear),
});

/** A group whose labels say 本年度 / 上年度 as the calendar years they are for this round. */
function namingYears(group: WizardGroup, eventYear: number | undefined): WizardGroup {
  if (eventYear === undefined) return group;
  const fields = group.fields.map((f) => ({
    ...f,
    title: yearsIn(f.title, eventYear),
    description: f.description && yearsIn(f.description, eventYear),
  }));
  return group.type === "list"
    ? { ...group, fields, title: yearsIn(group.title, eventYear) }
    : { ...group, fields, title: group.title && yearsIn(group.title, eventYear) };
}

/** The step that asks a fact ("biomedicine.drugs[].rdInvestment" → "biomedicine"). */
export function stepOfFact(steps: readonly WizardStep[], fact: string): string | undefined {
  if (START_FACTS.includes(fact)) return undefined;
  const section = fact.split(".")[0]!.replace("[]", "");
  return steps.find((s) => s.id === section)?.id;
}

/** Every fact path a set of steps asks, for tests and for the staff workspace's coverage view. */
export function factsOfSteps(steps: readonly WizardStep[]): string[] {
  const out: string[] = [];
  for (const s of steps)
    for (const g of s.groups) {
      if (g.type === "list") out.push(g.path);
      for (const f of g.fields) out.push(f.path);
    }
  return out;
}

type ListGroupSpec = Extract<WizardGroup, { type: "list" }>;

/** Whether a list item is asked a field: required, answered on the item, or still open for it. */
export function asksItemField(group: ListGroupSpec, item: unknown, field: WizardField): boolean {
  if (field.required) return true;
  const fields = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
  if (fields[field.key] !== undefined) return true;
  const open = typeof fields.id === "string" ? group.openByItem?.get(fields.id) : undefined;
  return open ? open.has(field.key) : true;
}
