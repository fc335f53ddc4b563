import { useTranslations } from "next-intl";
import { memo } from "react";
import { sameProps } from "@/lib/browser/same-props";
import { colon } from "@/lib/browser/punctuation";
import { lastRoundOf, roundLabel, type Round } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import { POLICIES } from "@/rules/policies";
import { ClauseLabel } from "./clause-label";
import { amountText } from "./labels";
import { PanelSection, PolicyHeading } from "./panel-section";
import type { OutOfForce } from "./sections";
import { RoundStatusBadge } from "./policy-rounds";

/** Policies ended or not yet in force for the round's events, with what their clauses would have given. */
export function OutOfForceSection({
  groups,
  round,
  lang,
}: {
  groups: readonly OutOfForce[];
  round: Round;
  lang: Lang;
}) {
  const t = useTranslations("results");
  if (groups.length === 0) return null;
  return (
    <PanelSection
      id="results-expired"
      title={t("expiredTitle")}
      intro={t("expiredIntro", { round: roundLabel(round)[lang] })}
    >
      {groups.map((g) => (
        <OutOfForcePolicy key={g.policy} group={g} lang={lang} />
      ))}
    </PanelSection>
  );
}

/** One policy out of force, its validity and what its clauses would have given. */
const OutOfForcePolicy = memo(function OutOfForcePolicy({
  group: g,
  lang,
}: {
  group: OutOfForce;
  lang: Lang;
}) {
  const t = useTranslations("results");
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <PolicyHeading policy={g.policy} lang={lang} />
        <RoundStatusBadge
          status={g.status === "expired" ? "ended" : "not-yet-effective"}
          lastRound={lastRoundOf(POLICIES[g.policy].validity)}
          lang={lang}
        />
      </div>
      <p className="text-xs text-slate-500">
        {t("validity", {
          from: POLICIES[g.policy].validity.from,
          to: POLICIES[g.policy].validity.to,
        })}
      </p>
      {g.wouldHave.length > 0 ? (
        <ul className="space-y-1 text-sm text-slate-700">
          {g.wouldHave.map((c) => (
            <li key={c.id} data-clause={c.id} data-status={c.status}>
              <ClauseLabel id={c.id} lang={lang} idClassName="text-slate-500" />
              {colon(lang)}
              {t("wouldHave", { amount: amountText(c.amount!, lang) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("wouldHaveNone")}</p>
      )}
    </div>
  );
}, sameProps);
