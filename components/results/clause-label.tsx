import type { Lang } from "@/lib/engine/text";
import { clauseSourceText, clauseTitle } from "./labels";

/** Where a clause is written ("生物医药 · 第（三）条 · 第 3 页") in small print, then its heading. */
export function ClauseLabel({
  id,
  lang,
  idClassName,
  titleClassName,
}: {
  id: string;
  lang: Lang;
  idClassName?: string;
  titleClassName?: string;
}) {
  const title = clauseTitle(id, lang);
  return (
    <>
      <span className={idClassName ? `mr-2 text-xs ${idClassName}` : "mr-2 text-xs"}>
        {clauseSourceText(id, lang)}
      </span>
      {titleClassName ? <span className={titleClassName}>{title}</span> : title}
    </>
  );
}
