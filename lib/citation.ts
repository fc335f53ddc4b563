import type { Lang } from "@/lib/engine/text";
import type { PolicyKey } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import { articleText } from "@/lib/engine/article";

export { articleText, chineseNumeral } from "@/lib/engine/article";

/**
 * How readers are told where a clause is written: "生物医药 · 第（三）条 · 第 3 页" /
 * "Biomedicine · Art. (3) · p. 3" (article numbers in words: lib/engine/article.ts).
 */
export function clauseCitation(
  clause: { readonly policy: PolicyKey; readonly article: string; readonly page: number },
  lang: Lang,
): string {
  const policy = POLICIES[clause.policy].shortName[lang];
  const page = lang === "zh" ? `第 ${clause.page} 页` : `p. ${clause.page}`;
  return `${policy} · ${articleText(clause.article, lang)} · ${page}`;
}
