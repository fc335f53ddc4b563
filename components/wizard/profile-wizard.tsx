"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { setAt, type JsonObject } from "@/lib/browser/json-path";
import type { Lang } from "@/lib/engine/text";
import { type FieldProblem } from "@/lib/profile/parse";
import type { WizardStep } from "@/lib/profile/wizard-steps";
import { parseDraft } from "@/lib/browser/parse-draft";
import { type FieldChange } from "./field-input";
import { fieldId, focusElement, segmentsOf } from "./ids";
import { INTRO_STEP, locateFact } from "./locate";
import { problemMessage } from "./problems";
import { colon } from "@/lib/browser/punctuation";

import { Group } from "./field-group";

export type ProfileWizardProps = {
  /** The profile as typed so far (ProfileInput-like JSON; may hold invalid values). */
  readonly value: JsonObject;
  readonly onChange: (next: JsonObject) => void;
  /** The steps asking what the chosen policies' clauses read (useLiveDraft, useWizardSteps). */
  readonly steps: readonly WizardStep[];
  /** The current step's id, when the host keeps it (e.g. in storage); else the wizard does. */
  readonly step?: string;
  readonly onStepChange?: (step: string) => void;
  /** An opening step the host renders (industries, date, kind of applicant). */
  readonly intro?: { readonly title: string; readonly content: ReactNode };
  /** Called by the last step's button. */
  readonly onFinish?: () => void;
  readonly finishLabel?: string;
  /** Lets the host open the step that asks a fact and focus its field (needs-info results). */
  readonly ref?: Ref<ProfileWizardHandle>;
  /** The application round: yearly figures are asked for the years its events compare. */
  readonly round: number;
};

export type ProfileWizardHandle = {
  /** Opens the step asking `fact` ("biomedicine.drugs[].rdInvestment") and focuses its field. */
  readonly ask: (fact: string) => boolean;
};

/**
 * The step-by-step profile form: one step per top-level section of the profile schema, asking
 * only the facts the chosen policies' clauses read. Every field is rendered from its zod type and
 * meta; validation is the profile schema's (parseProfile), in the interface language.
 */
export function ProfileWizard({
  value,
  onChange,
  steps,
  step,
  onStepChange,
  intro,
  onFinish,
  finishLabel,
  round,
  ref,
}: ProfileWizardProps) {
  const t = useTranslations("check.wizard");
  const te = useTranslations("check.errors");
  const lang = useLocale() as Lang;
  const eventYear = round - 1;
  const all = useMemo(
    () => [
      ...(intro ? [{ id: INTRO_STEP, title: intro.title }] : []),
      ...steps.map((s) => ({ id: s.id, title: s.title[lang] })),
    ],
    [intro, steps, lang],
  );
  const [ownStep, setOwnStep] = useState(all[0]?.id ?? INTRO_STEP);
  const currentId = step ?? ownStep;
  const index = Math.max(
    0,
    all.findIndex((s) => s.id === currentId),
  );
  const current = all[index];
  const wizardStep = steps.find((s) => s.id === current?.id);

  const parsed = useMemo(() => parseDraft(value, lang, eventYear), [value, lang, eventYear]);
  const problems = useMemo<readonly FieldProblem[]>(
    () => (parsed.ok ? [] : parsed.problems),
    [parsed],
  );
  const texts = useMemo(
    () => ({
      notANumber: te("notANumber"),
      negative: te("negative"),
      wholeYuan: te("wholeYuan"),
      wholeNumber: te("wholeNumber"),
    }),
    [te],
  );
  const errors = useMemo(
    () => new Map(problems.map((p) => [p.path, problemMessage(p, value, texts)])),
    [problems, value, texts],
  );
  const stepsWithErrors = useMemo(
    () =>
      new Set(
        problems.map((p) =>
          p.path.startsWith("enterprise.industries") || p.path.startsWith("enterprise.roles")
            ? INTRO_STEP
            : p.path.split(".")[0],
        ),
      ),
    [problems],
  );

  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | "heading" | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target === "heading") {
      headingRef.current?.focus({ preventScroll: true });
      headingRef.current?.scrollIntoView({ block: "nearest" });
    } else focusElement(target);
  });

  const go = (id: string, focus: string | "heading" = "heading") => {
    pendingFocus.current = focus;
    setOwnStep(id);
    onStepChange?.(id);
  };

  const open = (stepId: string, elementId: string) => {
    if (stepId === currentId) focusElement(elementId);
    else go(stepId, elementId);
  };

  useImperativeHandle(ref, () => ({
    ask(fact: string) {
      const where = locateFact(steps, fact, value, eventYear);
      if (!where || !all.some((s) => s.id === where.step)) return false;
      open(where.step, where.elementId);
      return true;
    },
  }));

  const change: FieldChange = (segments, v) => onChange(setAt(value, segments, v));

  const goToProblem = (p: FieldProblem) => {
    const where = locateFact(steps, p.path.replace(/\.\d+(?=\.|$)/g, "[]"), value);
    const elementId = fieldId(segmentsOf(p.path));
    open(where?.step ?? p.path.split(".")[0]!, elementId);
  };

  const last = index === all.length - 1;
  const headingId = "wizard-step-title";

  return (
    <section aria-label={t("label")} className="space-y-5">
      <nav aria-label={t("progressLabel")} className="space-y-2">
        <p className="text-sm text-slate-600">
          {t("progress", { current: index + 1, total: all.length })}
        </p>
        <div className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div
            className="h-2 rounded-full bg-brand-600 transition-[width]"
            style={{ width: `${((index + 1) / all.length) * 100}%` }}
          />
        </div>
        <ol className="flex flex-wrap gap-1.5">
          {all.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => go(s.id)}
                aria-current={i === index ? "step" : undefined}
                className={cn(
                  "rounded-full border px-2.5 py-1 text-xs font-medium",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                  i === index
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
                )}
              >
                {i + 1}. {s.title}
                {stepsWithErrors.has(s.id) && (
                  <span className={i === index ? "text-white" : "text-red-700"}>
                    {" "}
                    ⚠<span className="sr-only">{t("stepHasErrors")}</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby={headingId} className="space-y-5">
        <h2
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className="scroll-mt-4 text-xl font-semibold text-slate-900 focus:outline-none"
        >
          {current?.title}
        </h2>
        {current?.id === INTRO_STEP && intro ? (
          intro.content
        ) : wizardStep ? (
          wizardStep.groups.map((g) => (
            <Group
              key={`${g.type}-${g.segments.join(".")}`}
              group={g}
              value={value}
              onChange={change}
              errors={errors}
              lang={lang}
            />
          ))
        ) : (
          <p className="text-sm text-slate-600">{t("nothingToAsk")}</p>
        )}
      </section>

      <div role="status" aria-live="polite" className="empty:hidden">
        {problems.length > 0 && (
          <div className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-medium">{t("problems", { count: problems.length })}</p>
            <ul className="mt-1 space-y-1">
              {problems.map((p) => (
                <li key={p.path}>
                  <button
                    type="button"
                    className="text-left underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-brand-600"
                    onClick={() => goToProblem(p)}
                  >
                    {p.label ? `${p.label}${colon(lang)}` : ""}
                    {errors.get(p.path) ?? p.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
        <Button variant="secondary" disabled={index === 0} onClick={() => go(all[index - 1]!.id)}>
          ← {t("back")}
        </Button>
        {last ? (
          onFinish && <Button onClick={onFinish}>{finishLabel ?? t("finish")}</Button>
        ) : (
          <Button onClick={() => go(all[index + 1]!.id)}>{t("next")} →</Button>
        )}
      </div>
    </section>
  );
}
