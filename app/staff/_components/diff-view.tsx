import { getTranslations } from "next-intl/server";
import { factLabel } from "@/components/results/labels";
import { factValueText } from "@/lib/profile/labels";
import { ClauseLabel } from "@/components/results/clause-label";
import { Badge } from "@/components/ui/badge";
import { groupDigits } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { ClauseStatus, ConditionStatus } from "@/lib/engine/types";
import type { ClauseChange, EvaluationDiff, Reason } from "@/lib/evaluations/diff";
import type { FactChange } from "@/lib/evaluations/profile-diff";
import { clauseSep, listSep } from "@/lib/browser/punctuation";
import { POLICIES } from "@/rules/policies";
import { deltaText, totalText } from "./format";

type T = Awaited<ReturnType<typeof getTranslations<"staff.diff">>>;

function value(path: string, v: unknown, t: T, lang: Lang): string {
  if (v === undefined || v === null || v === "") return t("empty");
  if (typeof v === "boolean") return v ? t("yes") : t("no");
  const worded = factValueText(path, v, lang);
  if (worded !== undefined) return worded;
  if (typeof v === "number") return groupDigits(v);
  if (Array.isArray(v)) return v.map((x) => value(path, x, t, lang)).join(listSep(lang));
  return String(v);
}

/** "（“新药甲”）" or "（第 2 项）": the list item by its name, never its internal id. */
function itemText(change: FactChange, lang: Lang): string {
  if (!change.itemLabel?.length) return "";
  const parts = change.itemLabel.map((r) =>
    r.name ? `“${r.name}”` : lang === "zh" ? `第 ${r.position} 项` : `item ${r.position}`,
  );
  return lang === "zh" ? `（${parts.join(" / ")}）` : ` (${parts.join(" / ")})`;
}

const status = (s: ClauseStatus | null, t: T) => (s ? t(`status.${s}`) : t("status.absent"));
const condition = (s: ConditionStatus | null, t: T) =>
  s ? t(`condition.${s}`) : t("condition.absent");

/** One side of a clause change: its amount when it has one, else its status. */
const amountOrStatus = (side: ClauseChange["before"], t: T, lang: Lang) =>
  side?.amount ? totalText(side.amount, lang) : status(side?.status ?? null, t);

function FactLine({ change, t, lang }: { change: FactChange; t: T; lang: Lang }) {
  return (
    <>
      {factLabel(change.path, lang)}
      {itemText(change, lang)}
      {lang === "zh" ? "：" : ": "}
      {value(change.path, change.before, t, lang)} → {value(change.path, change.after, t, lang)}
    </>
  );
}

function ReasonLine({ reason, t, lang }: { reason: Reason; t: T; lang: Lang }) {
  switch (reason.kind) {
    case "status":
      return (
        <>
          {t("reason.status", { before: status(reason.before, t), after: status(reason.after, t) })}
        </>
      );
    case "conditions":
      return (
        <>
          {reason.changes
            .slice(0, 6)
            .map((c) =>
              t("reason.condition", {
                label: c.label[lang],
                before: condition(c.before, t),
                after: condition(c.after, t),
              }),
            )
            .join(clauseSep(lang))}
        </>
      );
    case "facts":
      return (
        <>
          {t("reason.facts")}{" "}
          {reason.changes.map((c, i) => (
            <span key={`${c.path}-${c.item ?? ""}`}>
              {i > 0 && clauseSep(lang)}
              <FactLine change={c} t={t} lang={lang} />
            </span>
          ))}
        </>
      );
    case "round":
      return <>{t("reason.round", { before: reason.before, after: reason.after })}</>;
    case "rules-version":
      return <>{t("reason.rules", { before: reason.before, after: reason.after })}</>;
    case "superseded":
      return (
        <>
          {t("reason.superseded", {
            before: reason.before ?? t("empty"),
            after: reason.after ?? t("empty"),
          })}
        </>
      );
  }
}

function ChangeList({
  id,
  title,
  tone,
  changes,
  t,
  lang,
}: {
  id: string;
  title: string;
  tone: "success" | "danger" | "brand" | "neutral";
  changes: readonly ClauseChange[];
  t: T;
  lang: Lang;
}) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="flex items-center gap-2 text-base font-semibold text-slate-900">
        {title}
        <Badge tone={tone}>{changes.length}</Badge>
      </h3>
      <ul className="space-y-2">
        {changes.map((c) => (
          <li
            key={c.id}
            data-clause={c.id}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p>
                <ClauseLabel
                  id={c.id}
                  lang={lang}
                  idClassName="text-slate-600"
                  titleClassName="font-medium text-slate-900"
                />
                <span className="ml-2 text-xs text-slate-600">
                  {POLICIES[c.policy].shortName[lang]}
                </span>
              </p>
              {(c.delta.min !== 0 || c.delta.max !== 0) && (
                <span className="flex items-center gap-2">
                  {(c.after ?? c.before)?.toWin && <Badge tone="warning">{t("toWinBadge")}</Badge>}
                  <span
                    className={
                      c.delta.max >= 0 ? "font-medium text-emerald-700" : "font-medium text-red-700"
                    }
                  >
                    {deltaText(c.delta, lang)}
                  </span>
                </span>
              )}
            </div>
            <p className="mt-1 text-slate-700">
              {t("beforeAfter", {
                before: amountOrStatus(c.before, t, lang),
                after: amountOrStatus(c.after, t, lang),
              })}
            </p>
            {c.reasons.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-600">
                {c.reasons.map((r, i) => (
                  <li key={i}>
                    <ReasonLine reason={r} t={t} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The difference between a saved evaluation and a new one, with the reasons. */
export async function DiffView({
  diff,
  lang,
  idPrefix = "diff",
}: {
  diff: EvaluationDiff;
  lang: Lang;
  /** Distinguishes the headings' ids when a page shows several differences. */
  idPrefix?: string;
}) {
  const t = await getTranslations("staff.diff");
  const nothing =
    diff.gained.length +
      diff.lost.length +
      diff.amountChanged.length +
      diff.statusChanged.length ===
    0;
  const toWin = diff.totals.toWin;
  const lists = [
    { id: `${idPrefix}-gained`, title: "gained", tone: "success", changes: diff.gained },
    { id: `${idPrefix}-lost`, title: "lost", tone: "danger", changes: diff.lost },
    { id: `${idPrefix}-amount`, title: "amount", tone: "brand", changes: diff.amountChanged },
    {
      id: `${idPrefix}-status`,
      title: "statusChanged",
      tone: "neutral",
      changes: diff.statusChanged,
    },
  ] as const;
  return (
    <div className="space-y-6" data-testid="evaluation-diff">
      <section
        aria-labelledby={`${idPrefix}-total`}
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id={`${idPrefix}-total`} className="text-lg font-semibold text-slate-900">
          {t("totalTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("beforeAfter", {
            before: totalText(diff.totals.before, lang),
            after: totalText(diff.totals.after, lang),
          })}
        </p>
        <p className="mt-1 text-xl font-bold text-slate-900" data-testid="diff-delta">
          {deltaText(diff.totals.delta, lang)}
        </p>
        {(toWin.before.max > 0 || toWin.after.max > 0) && (
          <div className="mt-3 border-t border-slate-100 pt-3" data-testid="diff-to-win">
            <p className="text-sm font-medium text-slate-800">{t("toWinTitle")}</p>
            <p className="mt-1 text-sm text-slate-700">
              {t("beforeAfter", {
                before: totalText(toWin.before, lang),
                after: totalText(toWin.after, lang),
              })}
            </p>
            <p className="mt-1 text-xl font-bold text-amber-800" data-testid="diff-delta-to-win">
              {deltaText(toWin.delta, lang)}
            </p>
          </div>
        )}
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          {diff.rulesVersion.changed && (
            <li>
              {t("rulesChanged", {
                before: diff.rulesVersion.before,
                after: diff.rulesVersion.after,
              })}
            </li>
          )}
          {diff.round.changed && (
            <li>{t("roundChanged", { before: diff.round.before, after: diff.round.after })}</li>
          )}
          {!diff.rulesVersion.changed && <li>{t("rulesSame")}</li>}
        </ul>
      </section>

      {nothing ? (
        <p className="text-sm text-slate-700" role="status">
          {t("nothing")}
        </p>
      ) : (
        <>
          {lists.map((l) => (
            <ChangeList
              key={l.id}
              id={l.id}
              title={t(l.title)}
              tone={l.tone}
              changes={l.changes}
              t={t}
              lang={lang}
            />
          ))}
        </>
      )}

      {diff.profileChanges.length > 0 && (
        <section aria-labelledby={`${idPrefix}-facts`} className="space-y-2">
          <h3 id={`${idPrefix}-facts`} className="text-base font-semibold text-slate-900">
            {t("factsTitle", { count: diff.profileChanges.length })}
          </h3>
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {diff.profileChanges.slice(0, 100).map((c) => (
              <li key={`${c.path}-${c.item ?? ""}`}>
                <FactLine change={c} t={t} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
