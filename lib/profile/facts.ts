import { z } from "zod";
import type { FieldMeta } from "./fields";
import { profileSchema } from "./schema";
import { zodDef as defOf } from "./zod-def";

export type FactInfo = {
  readonly path: string;
  readonly schema: z.ZodType;
  readonly meta: FieldMeta | undefined;
  /** The top-level section (wizard step) the fact belongs to. */
  readonly section: string;
  /** The list the fact sits in, e.g. "biomedicine.drugs" for "biomedicine.drugs[].rdInvestment". */
  readonly list?: string;
};

/** Looks through optional, default and similar wrappers to the schema that holds the value. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const d = defOf(s);
    if (
      (d.type === "optional" ||
        d.type === "default" ||
        d.type === "nullable" ||
        d.type === "readonly" ||
        d.type === "prefault") &&
      d.innerType
    )
      s = d.innerType;
    else return s;
  }
}

export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let s: z.ZodType | undefined = schema;
  while (s) {
    const m = z.globalRegistry.get(s) as FieldMeta | undefined;
    if (m?.title) return m;
    const d = defOf(s);
    s = d.innerType;
  }
  return undefined;
}

const cache = new Map<string, FactInfo | undefined>();

/** Resolves "biomedicine.drugs[].rdInvestment" to its schema and labels; undefined if no such fact. */
export function resolveFact(path: string): FactInfo | undefined {
  if (cache.has(path)) return cache.get(path);
  let node: z.ZodType = profileSchema;
  let list: string | undefined;
  const walked: string[] = [];
  for (const rawPart of path.split(".")) {
    const isList = rawPart.endsWith("[]");
    const part = isList ? rawPart.slice(0, -2) : rawPart;
    const d = defOf(unwrap(node));
    // Records (yearly figures) take any key: a year, or a slot the rules name ("previous").
    const next =
      d.type === "object" ? d.shape?.[part] : d.type === "record" ? d.valueType : undefined;
    if (!next) {
      cache.set(path, undefined);
      return undefined;
    }
    walked.push(part);
    node = next;
    if (isList) {
      const arr = defOf(unwrap(node));
      if (arr.type !== "array" || !arr.element) {
        cache.set(path, undefined);
        return undefined;
      }
      list = walked.join(".");
      node = arr.element;
    }
  }
  const info: FactInfo = {
    path,
    schema: node,
    meta: metaOf(node),
    section: path.split(".")[0]!.replace("[]", ""),
    list,
  };
  cache.set(path, info);
  return info;
}
