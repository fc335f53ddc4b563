import type { Lang } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";

/**
 * How readers are told where a clause is written: "生物医药 · 第（三）条 · 第 3 页" /
 * "Biomedicine · art. (3) · p. 3". Article numbers are the texts' own ("三、（二）3."); in English
 * they become "section 3, (2), item 3" so that no Chinese numeral is left.
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

/** "第（三）条", "第三部分第（二）条第 3 点" / "art. (3)", "section 3, art. (2), point 3". */
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

/** "生物医药 · 第（三）条 · 第 3 页" / "Biomedicine · Art. (3) · p. 3". */
export function clauseCitation(
  clause: { readonly policy: PolicyKey; readonly article: string; readonly page: number },
  lang: Lang,
): string {
  const policy = POLICIES[clause.policy].shortName[lang];
  const page = lang === "zh" ? `第 ${clause.page} 页` : `p. ${clause.page}`;
  return `${policy} · ${articleText(clause.article, lang)} · ${page}`;
}
