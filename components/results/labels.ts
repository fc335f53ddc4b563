import { articleText, clauseCitation } from "@/lib/citation";
import { formatYuan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { Amount, ClauseResult } from "@/lib/engine/types";
import { resolveFact, unwrap } from "@/lib/profile/facts";
import { zodDef } from "@/lib/profile/zod-def";
import { clauseHeading, findClause } from "@/rules";

/**
 * An amount or a total: "12,000,000 元", "最高 12,000,000 元" (the text gives no minimum) or
 * "3,000,000 – 6,000,000 元"; headlines pass `formatWan` ("最高 1,200 万元").
 */
export function totalText(
  a: Amount,
  lang: Lang,
  format: (yuan: number, lang: Lang) => string = formatYuan,
): string {
  if (a.min === a.max) return format(a.max, lang);
  if (a.min === 0)
    return lang === "zh" ? `最高 ${format(a.max, lang)}` : `up to ${format(a.max, lang)}`;
  return `${format(a.min, lang)} – ${format(a.max, lang)}`;
}

/** An amount in exact yuan (the cards, the report, the staff workspace). */
export const amountText = (a: Amount, lang: Lang): string => totalText(a, lang);

/** A clause's amount, else the note that says why it has none, else "—". */
export function clauseAmountText(c: ClauseResult, lang: Lang): string {
  return c.amount ? amountText(c.amount, lang) : (c.amountNote?.[lang] ?? "—");
}

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

/**
 * "（三）支持创新药品研发生产" for a clause id ("Art. (3) Supporting innovative drug R&D" in
 * English); the id when the registry lacks it.
 */
export function clauseTitle(id: string, lang: Lang): string {
  const c = findClause(id);
  if (!c) return id;
  return lang === "zh"
    ? `${c.article}${c.heading}`
    : `${articleText(c.article, lang)} ${clauseHeading(c, lang)}`;
}

/** "生物医药 · 第（三）条 · 第 3 页" for a clause id. */
export function clauseSourceText(id: string, lang: Lang): string {
  const c = findClause(id);
  return c ? clauseCitation(c, lang) : id;
}
