import { useTranslations } from "next-intl";
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
              <li
                key={c.id}
                data-clause={c.id}
                data-status={c.status}
                className="rounded-md border border-slate-200 bg-white p-3"
              >
                <p className="text-sm font-medium text-slate-900">
                  <ClauseLabel id={c.id} lang={lang} idClassName="font-normal text-slate-500" />
                </p>
                <ul className="mt-1 space-y-1">
                  {openQuestions(c.questions, canAsk).map((q) => {
                    const label = factLabel(q, lang, eventYear);
                    return (
                      <li
                        key={q}
                        className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700"
                      >
                        <span>{label}</span>
                        {onAsk && (canAsk?.(q) ?? true) && (
                          <button
                            type="button"
                            onClick={() => onAsk(q)}
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
            ))}
          </ul>
        </div>
      ))}
    </PanelSection>
  );
}
