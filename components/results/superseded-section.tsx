import { useTranslations } from "next-intl";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult } from "@/lib/engine/types";
import { ClauseLabel } from "./clause-label";
import { clauseSourceText, clauseTitle } from "./labels";
import { PanelSection } from "./panel-section";

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
          <li
            key={c.id}
            data-clause={c.id}
            data-status={c.status}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700"
          >
            <ClauseLabel id={c.id} lang={lang} idClassName="text-slate-500" />
            {c.supersededBy && (
              <span className="block">
                {t("supersededBy", {
                  id: clauseSourceText(c.supersededBy, lang),
                  title: clauseTitle(c.supersededBy, lang),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
