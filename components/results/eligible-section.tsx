import { useTranslations } from "next-intl";
import type { Lang } from "@/lib/engine/text";
import type { ClauseResult, EvaluationResult } from "@/lib/engine/types";
import { ClauseResultCard } from "./clause-result-card";
import { amountText } from "./labels";
import { PolicyHeading } from "./panel-section";
import type { PolicyGroup } from "./sections";

/** The clauses that may pay, by policy, each with its amount, trace and wording. */
export function EligibleSection({
  groups,
  totals,
  lang,
  onWhatIf,
}: {
  groups: readonly PolicyGroup<ClauseResult>[];
  totals: EvaluationResult["totals"];
  lang: Lang;
  onWhatIf?: (clauseId: string) => void;
}) {
  const t = useTranslations("results");
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <section aria-labelledby="results-eligible" className="space-y-4">
      <h3 id="results-eligible" className="text-lg font-semibold text-slate-900">
        {t("eligibleTitle", { count })}
      </h3>
      {count === 0 && <p className="text-sm text-slate-600">{t("noneEligible")}</p>}
      {groups.map((g) => {
        const p = totals.byPolicy[g.policy];
        return (
          <div key={g.policy} className="space-y-3">
            <PolicyHeading
              policy={g.policy}
              lang={lang}
              extra={p && p.max > 0 ? amountText(p, lang) : undefined}
            />
            {g.items.map((c) => (
              <ClauseResultCard key={c.id} result={c} lang={lang} onWhatIf={onWhatIf} />
            ))}
          </div>
        );
      })}
    </section>
  );
}
