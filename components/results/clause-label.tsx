import type { Lang } from "@/lib/engine/text";
import { clauseTitle } from "./labels";

/** A clause's id in small monospace, then its article and heading. */
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
      <span
        className={idClassName ? `mr-2 font-mono text-xs ${idClassName}` : "mr-2 font-mono text-xs"}
      >
        {id}
      </span>
      {titleClassName ? <span className={titleClassName}>{title}</span> : title}
    </>
  );
}
