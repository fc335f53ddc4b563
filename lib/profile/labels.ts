import type { Lang } from "@/lib/engine/text";
import { resolveFact, unwrap } from "./facts";
import { zodDef } from "./zod-def";

const titleOf = (path: string, lang: Lang): string | undefined => {
  const meta = resolveFact(path)?.meta;
  return meta ? (lang === "zh" ? meta.title : meta.titleEn) : undefined;
};

/** A question's label: "药品：该品种研发投入（累计）", "药品（清单）", "本年度营业收入". */
export function factLabel(path: string, lang: Lang): string {
  const info = resolveFact(path);
  if (!info) return path;
  const title = titleOf(path, lang) ?? path;
  if (info.list)
    return `${titleOf(info.list, lang) ?? info.list}${lang === "zh" ? "：" : ": "}${title}`;
  const def = zodDef(unwrap(info.schema));
  const element = def.element ? zodDef(unwrap(def.element)) : undefined;
  if (def.type === "array" && element?.type === "object")
    return lang === "zh" ? `${title}（清单）` : `${title} (list)`;
  return title;
}
