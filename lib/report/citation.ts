import type { Lang } from "@/lib/engine/text";
import type { AnyClause } from "@/lib/engine/types";
import { articleText } from "@/lib/citation";
import { POLICIES } from "@/rules/policies";
import { POLICY_TITLES_EN } from "./policy-titles";

const ARTICLE = /^(?:([一二三四五六七八九十]+)、)?(（[一二三四五六七八九十]+）)?(?:(\d+)\.)?$/;

/**
 * An article number as a reader cites it: "（三）" → "第（三）条", "二、" → "第二条",
 * "三、（二）" → "第三部分第（二）条", "二、（五）3." → "第二部分第（五）条第 3 项".
 */
export function articleRef(article: string, lang: Lang): string {
  const m = ARTICLE.exec(article);
  if (lang === "en" || !m || (!m[1] && !m[2]))
    return lang === "en" ? `article ${article}` : article;
  const [, part, sub, item] = m;
  if (!sub) return `第${part}条`;
  return `${part ? `第${part}部分` : ""}第${sub}条${item ? `第 ${item} 项` : ""}`;
}

/**
 * "《杭州市人民政府办公厅关于加快生物医药产业高质量发展的若干措施》第（三）条，第 3 页"; in English the
 * Chinese title (the one to cite), its English translation, "Art. (3), page 3".
 */
export function fullCitation(clause: AnyClause, lang: Lang): string {
  const title = POLICIES[clause.policy].title;
  return lang === "zh"
    ? `《${title}》${articleRef(clause.article, lang)}，第 ${clause.page} 页`
    : `《${title}》 (${POLICY_TITLES_EN[clause.policy]}), ${articleText(clause.article, "en")}, page ${clause.page}`;
}
