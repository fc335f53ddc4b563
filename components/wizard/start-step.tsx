"use client";

import { useLocale, useTranslations } from "next-intl";
import { RoundSelect } from "@/components/round-select";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { getAt, setAt, type JsonObject } from "@/lib/browser/json-path";
import { BENEFICIARY_LABELS } from "@/lib/engine/labels";
import {
  endedLabel,
  lastRoundOf,
  roundLabel,
  roundOf,
  roundStatusOf,
  ROUND_STATUS_LABELS,
} from "@/lib/engine/round";
import type { Lang } from "@/lib/engine/text";
import { BENEFICIARIES, POLICY_KEYS } from "@/lib/engine/types";
import { POLICIES } from "@/rules/policies";
import { fieldId } from "./ids";
import { rolesOf } from "./roles";

const INDUSTRIES = ["enterprise", "industries"] as const;
const ROLES = ["enterprise", "roles"] as const;
const FIELDS = ["enterprise", "fields"] as const;

const cardClass =
  "flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 " +
  "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 " +
  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600";

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/**
 * The opening step: the industries (policies) to check, the application round and the kind of
 * applicant. Industries and roles are profile fields; the round is the host's. `current` is the
 * default round, the one open or next to open today.
 */
export function StartStep({
  value,
  onChange,
  round,
  onRoundChange,
  current,
}: {
  value: JsonObject;
  onChange: (next: JsonObject) => void;
  round: number;
  onRoundChange: (round: number) => void;
  current: number;
}) {
  const t = useTranslations("check.start");
  const lang = useLocale() as Lang;
  const industries = strings(getAt(value, INDUSTRIES));
  const roles: string[] = rolesOf(value);
  const chosen = roundOf(round);

  const toggle = (path: readonly string[], list: string[], key: string, on: boolean) =>
    onChange(setAt(value, path, on ? [...list, key] : list.filter((k) => k !== key)));

  /** Choosing an industry states the field its policy's scope asks (适用范围, readings rule 13). */
  const toggleIndustry = (key: string, on: boolean) => {
    const fields = strings(getAt(value, FIELDS)).filter((k) => k !== key);
    const next = setAt(
      value,
      INDUSTRIES,
      on ? [...industries, key] : industries.filter((k) => k !== key),
    );
    onChange(setAt(next, FIELDS, on ? [...fields.filter((k) => k !== "other"), key] : fields));
  };

  const industriesId = fieldId([...INDUSTRIES]);
  const rolesId = fieldId([...ROLES]);
  return (
    <div className="space-y-6">
      <fieldset id={industriesId} className="min-w-0" aria-describedby={`${industriesId}-hint`}>
        <legend className="text-base font-semibold text-slate-900">{t("industries")}</legend>
        <p id={`${industriesId}-hint`} className="mt-1 text-sm text-slate-600">
          {t("industriesHint")}
        </p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {POLICY_KEYS.map((key) => {
            const policy = POLICIES[key];
            const status = roundStatusOf(policy.validity, chosen);
            return (
              <label key={key} className={cardClass}>
                <input
                  type="checkbox"
                  className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
                  checked={industries.includes(key)}
                  onChange={(e) => toggleIndustry(key, e.target.checked)}
                />
                <span className="min-w-0">
                  <span className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    {policy.shortName[lang]}
                    {status !== "open" && (
                      <Badge tone="warning">
                        {status === "ended"
                          ? endedLabel(lastRoundOf(policy.validity))[lang]
                          : ROUND_STATUS_LABELS[status][lang]}
                      </Badge>
                    )}
                  </span>
                  <span className="mt-0.5 block text-xs leading-5 text-slate-600">
                    {policy.description[lang]}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <div className="space-y-1.5">
        <label htmlFor="check-round" className="block text-base font-semibold text-slate-900">
          {t("round")}
        </label>
        <p id="check-round-hint" className="text-sm text-slate-600">
          {t("roundHint")}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <RoundSelect
            id="check-round"
            current={current}
            value={round}
            aria-describedby="check-round-hint"
            onChange={(e) => onRoundChange(Number(e.target.value))}
          />
          {round !== current && (
            <Button variant="ghost" onClick={() => onRoundChange(current)}>
              {t("current", { label: roundLabel(roundOf(current))[lang] })}
            </Button>
          )}
        </div>
      </div>

      <fieldset id={rolesId} className="min-w-0" aria-describedby={`${rolesId}-hint`}>
        <legend className="text-base font-semibold text-slate-900">{t("roles")}</legend>
        <p id={`${rolesId}-hint`} className="mt-1 text-sm text-slate-600">
          {t("rolesHint")}
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {BENEFICIARIES.map((key) => (
            <label key={key} className={`${cardClass} items-center py-2`}>
              <input
                type="checkbox"
                className="h-4 w-4 shrink-0 accent-brand-600"
                checked={roles.includes(key)}
                onChange={(e) => toggle(ROLES, roles, key, e.target.checked)}
              />
              <span className="text-sm text-slate-900">{BENEFICIARY_LABELS[key][lang]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
