"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useRef, type ReactNode } from "react";
import { LiveResults } from "@/components/results/live-results";
import { useLiveDraft } from "@/components/results/use-live-draft";
import { Card } from "@/components/ui/card";
import { ProfileWizard, type ProfileWizardHandle } from "@/components/wizard/profile-wizard";
import { fullEngine } from "@/lib/browser/engine-full";
import type { JsonObject } from "@/lib/browser/json-path";
import type { Lang } from "@/lib/engine/text";

/**
 * The client's profile in the self-check's wizard, with the same live results beside it: the
 * draft is evaluated in the browser by the same engine as the API while staff type. Saving the
 * client and saving an evaluation stay separate actions of the page.
 */
export function ProfileWithResults({
  profile,
  onProfile,
  intro,
  round,
  onRoundChange,
  currentRound,
}: {
  profile: JsonObject;
  onProfile: (next: JsonObject) => void;
  intro: { readonly title: string; readonly content: ReactNode };
  round: number;
  onRoundChange: (round: number) => void;
  currentRound: number;
}) {
  const t = useTranslations("staff.clientForm");
  const lang = useLocale() as Lang;
  const { policies, evaluation, steps, canAsk } = useLiveDraft(profile, round, lang, fullEngine);
  const wizard = useRef<ProfileWizardHandle>(null);
  const ask = useCallback((fact: string) => void wizard.current?.ask(fact), []);
  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)] xl:items-start">
      <Card className="min-w-0 space-y-4 p-4 sm:p-6">
        <div className="space-y-1">
          <h2 className="text-lg font-semibold text-slate-900">{t("profileTitle")}</h2>
          <p className="text-sm text-slate-600">{t("profileIntro")}</p>
        </div>
        <ProfileWizard
          ref={wizard}
          value={profile}
          onChange={onProfile}
          steps={steps}
          round={round}
          intro={intro}
        />
      </Card>
      <div className="min-w-0 pb-16 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto xl:pr-2 xl:pb-0">
        <LiveResults
          evaluation={evaluation}
          empty={policies.length === 0}
          round={round}
          currentRound={currentRound}
          onRoundChange={onRoundChange}
          lang={lang}
          onAsk={ask}
          canAsk={canAsk}
        />
      </div>
    </div>
  );
}
