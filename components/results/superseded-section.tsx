import { useTranslations } from "next-intl";
import { memo, type ReactNode } from "react";
import { sameProps } from "@/lib/browser/same-props";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult } from "@/lib/engine/types";
import { ClauseLabel } from "./clause-label";
import { clauseSourceText, clauseTitle } from "./labels";
import { PanelSection } from "./panel-section";
import { findClause } from "@/rules";

/**
 * "改由 … 支持", and where both clauses are items of one article under one heading (首台套 insurance
 * compensation and application award, both "五、深化首台(套)产品推广应用") what each pays for, so
 * that the line does not read "A 改由 A 支持".
 */
function SupersededBy({
  id,
  by,
  lang,
  children,
}: {
  id: string;
  by: string;
  lang: Lang;
  children: ReactNode;
}) {
  const sameName =
    clauseSourceText(id, lang) === clauseSourceText(by, lang) &&
    clauseTitle(id, lang) === clauseTitle(by, lang);
  const summary = (clauseId: string) => findClause(clauseId)?.summary[lang];
  return (
    <>
      {sameName && <span className="mt-1 block text-xs text-slate-600">{summary(id)}</span>}
      <span className="mt-1 block">{children}</span>
      {sameName && <span className="mt-1 block text-xs text-slate-600">{summary(by)}</span>}
    </>
  );
}

/** Clauses not counted again because a better clause pays the same item (从优、就高、不重复). */
export function SupersededSection({
  clauses,
  lang,
}: {
  clauses: readonly ClauseResult[];
  lang: Lang;
}) {
  const t = useTranslations("results");
  if (clauses.length === 0) return null;
  return (
    <PanelSection id="results-superseded" title={t("supersededTitle")} intro={t("supersededIntro")}>
      <ul className="space-y-2">
        {clauses.map((c) => (
          <SupersededItem key={c.id} id={c.id} by={c.supersededBy} lang={lang} />
        ))}
      </ul>
    </PanelSection>
  );
}

/** One superseded clause and the clause that pays instead. */
const SupersededItem = memo(function SupersededItem({
  id,
  by,
  lang,
}: {
  id: string;
  by: string | undefined;
  lang: Lang;
}) {
  const t = useTranslations("results");
  return (
    <li
      data-clause={id}
      data-status="superseded"
      className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700"
    >
      <ClauseLabel id={id} lang={lang} idClassName="text-slate-500" />
      {by && (
        <SupersededBy id={id} by={by} lang={lang}>
          {t("supersededBy", { id: clauseSourceText(by, lang), title: clauseTitle(by, lang) })}
        </SupersededBy>
      )}
    </li>
  );
}, sameProps);
