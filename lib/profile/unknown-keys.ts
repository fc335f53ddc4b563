import { z } from "zod";
import type { Lang } from "@/lib/engine/text";
import { didYouMean } from "./did-you-mean";
import { metaOf, unwrap } from "./facts";
import { profileSchema } from "./schema";
import { zodDef } from "./zod-def";

type Path = readonly PropertyKey[];

/** The schema at `path` (object keys and list indices), or undefined when there is none. */
export function schemaAt(path: Path): z.ZodType | undefined {
  let node: z.ZodType | undefined = profileSchema;
  for (const part of path) {
    if (!node) return undefined;
    const d = zodDef(unwrap(node));
    // A record (yearly figures) takes any key: its values all have one schema.
    node =
      typeof part === "number"
        ? d.element
        : d.type === "record"
          ? d.valueType
          : d.shape?.[String(part)];
  }
  return node;
}

/** The keys the object at `path` accepts. */
export function knownKeysAt(path: Path): string[] {
  const node = schemaAt(path);
  return node ? Object.keys(zodDef(unwrap(node)).shape ?? {}) : [];
}

const labelOf = (node: z.ZodType | undefined, lang: Lang): string | undefined => {
  const m = node ? metaOf(node) : undefined;
  return m ? (lang === "zh" ? m.title : m.titleEn) : undefined;
};

/** "projects[0].eligibleInvestmnt": the JSON path, as a developer writes it. */
export function jsonPath(path: Path): string {
  let out = "";
  for (const part of path)
    out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out;
}

/** Where the object at `path` is, in reader terms: "投资项目第 1 项", "Investment project 1". */
export function placeOf(path: Path, lang: Lang): string {
  let label: string | undefined;
  for (let i = path.length; i > 0 && !label; i--) label = labelOf(schemaAt(path.slice(0, i)), lang);
  if (!label) return lang === "zh" ? "企业档案" : "The profile";
  const last = path[path.length - 1];
  if (typeof last !== "number") return `“${label}”`;
  return lang === "zh" ? `“${label}”第 ${last + 1} 项` : `“${label}” no. ${last + 1}`;
}

/**
 * The message for a key the object at `objectPath` does not accept, naming where it is in reader
 * terms and as a JSON path, with the closest known key as a suggestion when one is close:
 * `“投资项目”第 1 项中没有“eligibleInvestmnt”这一项（projects[0].eligibleInvestmnt），是否应为
 * “实际投资总额…”（eligibleInvestment）？`
 */
export function unknownKeyMessage(objectPath: Path, key: string, lang: Lang): string {
  const where = placeOf(objectPath, lang);
  const at = jsonPath([...objectPath, key]);
  const guess = didYouMean(key, knownKeysAt(objectPath));
  const guessLabel = guess ? labelOf(schemaAt([...objectPath, guess]), lang) : undefined;
  const named = guess ? (guessLabel ? `“${guessLabel}”（${guess}）` : `“${guess}”`) : undefined;
  if (lang === "zh")
    return (
      `${where}中没有“${key}”这一项（${at}），不予接受` +
      (named ? `；是否应为${named}？` : "；请删去或改用档案格式（JSON Schema）中的字段名。")
    );
  const namedEn = guess ? (guessLabel ? `“${guessLabel}” (${guess})` : `“${guess}”`) : undefined;
  return (
    `${where} has no field “${key}” (${at}); it is refused` +
    (namedEn
      ? `. Did you mean ${namedEn}?`
      : `. Remove it or use a field name of the profile format (JSON Schema).`)
  );
}
