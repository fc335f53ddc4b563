import type { Text } from "./text";
import type { PolicyRules } from "./types";
import type { Lang } from "./text";

/**
 * Article numbers as readers cite them. The texts number their own articles ("三、（二）3."); in
 * Chinese they read "第三部分第（二）条第 3 项", in English "Section 3, art. (2), point 3", so that
 * no Chinese numeral is left. A clause is named by its policy and article, never by its catalogue id.
 */

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 → 1 … 99; undefined for anything else. */
export function chineseNumeral(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? DIGITS[text] : undefined;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const rest = text.slice(ten + 1);
  const units = rest === "" ? 0 : DIGITS[rest];
  return tens === undefined || units === undefined || rest.length > 1
    ? undefined
    : tens * 10 + units;
}

type ArticleParts = { section?: string; item?: string; point?: string };

const ARTICLE = /^(?:([一二三四五六七八九十]+)、)?(?:（([一二三四五六七八九十]+)）)?(?:(\d+)\.)?$/;

function partsOf(article: string): ArticleParts | undefined {
  const m = ARTICLE.exec(article.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  return { section: m[1], item: m[2], point: m[3] };
}

/** "第（三）条", "第三部分第（二）条第 3 点" / "Art. (3)", "Section 3, art. (2), point 3". */
export function articleText(article: string, lang: Lang): string {
  const p = partsOf(article);
  if (!p) return article;
  if (lang === "zh") {
    const out: string[] = [];
    if (p.section) out.push(`第${p.section}部分`);
    if (p.item) out.push(`第（${p.item}）条`);
    if (p.point) out.push(`第 ${p.point} 点`);
    return out.join("");
  }
  const out: string[] = [];
  if (p.section) out.push(`section ${chineseNumeral(p.section) ?? p.section}`);
  if (p.item) out.push(`art. (${chineseNumeral(p.item) ?? p.item})`);
  if (p.point) out.push(`point ${p.point}`);
  const text = out.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CITED = /^(?:([一二三四五六七八九十]+)、)?(（[一二三四五六七八九十]+）)?(?:(\d+)\.)?$/;

/**
 * An article number as a reader cites it: "（三）" → "第（三）条", "二、" → "第二条",
 * "三、（二）" → "第三部分第（二）条", "二、（五）3." → "第二部分第（五）条第 3 项".
 */
export function articleRef(article: string, lang: Lang): string {
  const m = CITED.exec(article);
  if (lang === "en" || !m || (!m[1] && !m[2]))
    return lang === "en" ? `article ${article}` : article;
  const [, part, sub, item] = m;
  if (!sub) return `第${part}条`;
  return `${part ? `第${part}部分` : ""}第${sub}条${item ? `第 ${item} 项` : ""}`;
}

/**
 * "《生物医药》第（五）条" / "Biomedicine, art. (5)"; where several clauses share the article, which
 * of them, in the order of the text: "《高端装备》第五条（第 2 项）" / "High-end equipment, section 5, item 2".
 */
export function clauseName(
  policy: Text,
  article: string,
  nth: number | undefined,
  lang: Lang,
): string {
  if (lang === "zh")
    return `《${policy.zh}》${articleRef(article, "zh")}${nth ? `（第 ${nth} 项）` : ""}`;
  const art = articleText(article, "en");
  const where = art.charAt(0).toLowerCase() + art.slice(1);
  return `${policy.en}, ${where}${nth ? `, item ${nth}` : ""}`;
}

const names = new WeakMap<readonly PolicyRules[], ReadonlyMap<string, Text>>();

/**
 * Every clause of the registry's policies by name (clauseName in both languages), keyed by clause
 * id; computed once per registry.
 */
export function clauseNames(rules: readonly PolicyRules[]): ReadonlyMap<string, Text> {
  const known = names.get(rules);
  if (known) return known;
  const out = new Map<string, Text>();
  for (const pr of rules) {
    const byArticle = new Map<string, string[]>();
    for (const c of pr.clauses) {
      const ids = byArticle.get(c.article);
      if (ids) ids.push(c.id);
      else byArticle.set(c.article, [c.id]);
    }
    for (const [article, ids] of byArticle)
      ids.forEach((id, i) => {
        const nth = ids.length > 1 ? i + 1 : undefined;
        const short = pr.policy.shortName;
        out.set(id, {
          zh: clauseName(short, article, nth, "zh"),
          en: clauseName(short, article, nth, "en"),
        });
      });
  }
  names.set(rules, out);
  return out;
}
