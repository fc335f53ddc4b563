import type { Lang } from "@/lib/engine/text";
import type { AnyClause } from "@/lib/engine/types";
import { articleRef, articleText } from "@/lib/engine/article";
import { POLICIES } from "@/rules/policies";
import { POLICY_TITLES_EN } from "./policy-titles";

export { articleRef } from "@/lib/engine/article";

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
