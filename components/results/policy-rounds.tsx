import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { endedLabel, lastRoundLabel, ROUND_STATUS_LABELS, roundOf } from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import type { EvaluationResult, PolicyKey } from "@/lib/engine/types";
import { policyRoundInfo } from "@/lib/policy-rounds";
import type { RoundStatus } from "@/lib/engine/round";
import { POLICIES } from "@/rules/policies";
import type { SuccessorNotice } from "@/rules/notices";

const TONES: Record<RoundStatus, BadgeTone> = {
  open: "success",
  "last-round": "warning",
  ended: "neutral",
  "not-yet-effective": "neutral",
};

/** "最后一轮 …" / "已结束，最后一轮 2027 年申报" / "可申报": a policy's standing in a round. */
export function RoundStatusBadge({
  status,
  lastRound,
  lang,
}: {
  status: RoundStatus;
  lastRound: number;
  lang: Lang;
}) {
  const text =
    status === "ended"
      ? endedLabel(lastRound)[lang]
      : status === "last-round"
        ? lastRoundLabel(lastRound)[lang]
        : ROUND_STATUS_LABELS[status][lang];
  return (
    <Badge tone={TONES[status]} data-round-status={status}>
      {text}
    </Badge>
  );
}

/** Later documents known for a policy, each plainly marked as not included in the estimate. */
export function SuccessorNotices({
  notices,
  lang,
}: {
  notices: readonly SuccessorNotice[];
  lang: Lang;
}) {
  const t = useTranslations("rounds");
  if (notices.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium text-slate-700">{t("notices")}</p>
      <ul className="space-y-1 text-xs leading-5 text-slate-600">
        {notices.map((n) => (
          <li key={`${n.policy}-${n.date}`} data-notice={n.date}>
            <Badge tone="neutral" className="mr-1">
              {t("notIncluded")}
            </Badge>
            {n.draft && (
              <Badge tone="neutral" className="mr-1">
                {t("draft")}
              </Badge>
            )}
            <span className="font-medium text-slate-800">{n.title[lang]}</span>
            {lang === "zh" ? "，" : ", "}
            {n.issuer[lang]} {n.date}
            {lang === "zh" ? "。" : ". "}
            {n.summary[lang]}
            {n.source && (
              <>
                {" "}
                <a
                  href={n.source}
                  className="text-brand-700 underline underline-offset-2 break-all"
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {t("source")}
                  {n.sourceIsCopy ? t("copy") : ""}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Each evaluated policy in the round: validity, standing (open, last round, ended with its last
 * round), the warning while it is ending and later documents not included in the estimate.
 */
export function PolicyRounds({ result, lang }: { result: EvaluationResult; lang: Lang }) {
  const t = useTranslations("rounds");
  const round = roundOf(result.round.year);
  return (
    <section aria-labelledby="results-rounds" className="space-y-3">
      <h3 id="results-rounds" className="text-lg font-semibold text-slate-900">
        {t("policiesTitle")}
      </h3>
      <ul className="space-y-2">
        {result.policies.map((p) => (
          <PolicyRoundItem key={p.key} policy={p.key} round={round} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

function PolicyRoundItem({
  policy,
  round,
  lang,
}: {
  policy: PolicyKey;
  round: ReturnType<typeof roundOf>;
  lang: Lang;
}) {
  const t = useTranslations("rounds");
  const info = policyRoundInfo(POLICIES[policy], round);
  return (
    <li
      className="space-y-1.5 rounded-md border border-slate-200 bg-white p-3 text-sm"
      data-policy-round={policy}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{POLICIES[policy].shortName[lang]}</span>
        <RoundStatusBadge status={info.roundStatus} lastRound={info.lastRound} lang={lang} />
        <span className="text-xs text-slate-500">
          {t("validity", { from: info.validity.from, to: info.validity.to })}
        </span>
      </div>
      {info.warning && (
        <p className="text-sm text-amber-900" data-ending-warning>
          {info.warning[lang]}
        </p>
      )}
      <SuccessorNotices notices={info.notices} lang={lang} />
    </li>
  );
}
