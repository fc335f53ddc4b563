import { useTranslations } from "next-intl";
import { memo } from "react";
import { sameProps } from "@/lib/browser/same-props";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult } from "@/lib/engine/types";
import { ClauseLabel } from "./clause-label";
import { factLabel } from "./labels";
import { PanelSection, PolicyHeading } from "./panel-section";
import type { PolicyGroup } from "./sections";

/** The questions still open (unanswered and asked by the form), or all when none is. */
function openQuestions(
  questions: readonly string[],
  canAsk: ((fact: string) => boolean) | undefined,
): readonly string[] {
  if (!canAsk) return questions;
  const open = questions.filter(canAsk);
  return open.length > 0 ? open : questions;
}

/** Clauses that cannot be settled yet, with the unanswered questions and a way to answer each. */
export function NeedsInfoSection({
  groups,
  lang,
  onAsk,
  canAsk,
  eventYear,
}: {
  groups: readonly PolicyGroup<ClauseResult>[];
  lang: Lang;
  /** The round's event year: yearly figures are asked by calendar year ("2024 年营业收入"). */
  eventYear: number;
  onAsk?: (fact: string) => void;
  canAsk?: (fact: string) => boolean;
}) {
  const t = useTranslations("results");
  if (groups.length === 0) return null;
  return (
    <PanelSection
      id="results-needs"
      title={t("needsTitle", { count: groups.reduce((n, g) => n + g.items.length, 0) })}
      intro={t("needsIntro")}
    >
      {groups.map((g) => (
        <div key={g.policy} className="space-y-2">
          <PolicyHeading policy={g.policy} lang={lang} />
          <ul className="space-y-2">
            {g.items.map((c) => (
              <NeedsInfoItem
                key={c.id}
                id={c.id}
                status={c.status}
                questions={openQuestions(c.questions, canAsk).map((fact) => ({
                  fact,
                  askable: onAsk !== undefined && (canAsk?.(fact) ?? true),
                }))}
                lang={lang}
                eventYear={eventYear}
                onAsk={onAsk}
              />
            ))}
          </ul>
        </div>
      ))}
    </PanelSection>
  );
}

/** One open clause with its questions, "去填写" beside those the form still asks. */
const NeedsInfoItem = memo(function NeedsInfoItem({
  id,
  status,
  questions,
  lang,
  eventYear,
  onAsk,
}: {
  id: string;
  status: ClauseResult["status"];
  questions: readonly { fact: string; askable: boolean }[];
  lang: Lang;
  eventYear: number;
  onAsk?: (fact: string) => void;
}) {
  const t = useTranslations("results");
  return (
    <li
      data-clause={id}
      data-status={status}
      className="rounded-md border border-slate-200 bg-white p-3"
    >
      <p className="text-sm font-medium text-slate-900">
        <ClauseLabel id={id} lang={lang} idClassName="font-normal text-slate-500" />
      </p>
      <ul className="mt-1 space-y-1">
        {questions.map(({ fact, askable }) => {
          const label = factLabel(fact, lang, eventYear);
          return (
            <li key={fact} className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
              <span>{label}</span>
              {onAsk && askable && (
                <button
                  type="button"
                  onClick={() => onAsk(fact)}
                  aria-label={t("askLabel", { question: label })}
                  className="rounded text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                >
                  {t("ask")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}, sameProps);
