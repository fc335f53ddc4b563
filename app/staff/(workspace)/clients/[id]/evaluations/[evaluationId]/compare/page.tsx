import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { RoundSelect } from "@/components/round-select";
import { guard } from "@/lib/auth/session";
import { getClient } from "@/lib/data/clients";
import type { Lang } from "@/lib/engine/text";
import { roundLabel } from "@/lib/engine/round";
import { currentRound, parseRound } from "@/lib/rounds";
import { reevaluate } from "@/lib/evaluations/reevaluate";
import { DiffView } from "../../../../../../_components/diff-view";
import { Notice } from "../../../../../../_components/controls";
import { EvaluateForm } from "../../../../evaluate-form";
import { loadEvaluation } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff.compare");
  return { title: t("title") };
}

/**
 * Re-evaluates the client's current profile with the rules in force and shows what changed since
 * the saved evaluation, and why; the new result can be saved.
 */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; evaluationId: string }>;
  searchParams: Promise<{ round?: string | string[] }>;
}) {
  const { actor, evaluation: saved, clientId } = await loadEvaluation(params, "/compare");
  const raw = (await searchParams).round;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const parsed = requested && /^\d{4}$/.test(requested) ? parseRound(requested) : undefined;
  const round = parsed ?? saved.result.round;
  const client = await guard(getClient(actor, clientId));
  const t = await getTranslations("staff.compare");
  const lang: Lang = (await getLocale()) === "en" ? "en" : "zh";
  const { diff } = reevaluate(saved, client.profile, round);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm">
          <Link
            href={`/staff/clients/${clientId}/evaluations/${saved.id}`}
            className="text-brand-700 underline underline-offset-4 hover:no-underline"
          >
            ← {t("back")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{t("heading", { name: client.name })}</h1>
        <p className="text-sm text-slate-700">
          {t("intro", { round: roundLabel(saved.result.round)[lang] })}
        </p>
      </div>

      <form className="flex flex-wrap items-end gap-3" aria-label={t("dateLabel")}>
        <div className="space-y-1">
          <label htmlFor="compare-round" className="block text-sm font-medium text-slate-800">
            {t("round")}
          </label>
          <RoundSelect
            id="compare-round"
            name="round"
            current={currentRound().year}
            defaultValue={round.year}
          />
        </div>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          {t("recompute")}
        </button>
      </form>
      {requested && !parsed && <Notice tone="warning">{t("badDate")}</Notice>}

      <DiffView diff={diff} lang={lang} />

      {!client.deletedAt && (
        <section aria-labelledby="save-new" className="space-y-2 border-t border-slate-200 pt-4">
          <h2 id="save-new" className="text-lg font-semibold text-slate-900">
            {t("saveTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("saveIntro")}</p>
          <EvaluateForm
            clientId={clientId}
            version={client.version}
            defaultRound={round.year}
            currentRound={currentRound().year}
            label={t("save")}
          />
        </section>
      )}
    </div>
  );
}
