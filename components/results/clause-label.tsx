import { clauseTitle } from "./labels";

/** A clause's id in small monospace, then its article and heading. */
export function ClauseLabel({
  id,
  idClassName,
  titleClassName,
}: {
  id: string;
  idClassName?: string;
  titleClassName?: string;
}) {
  const title = clauseTitle(id);
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
