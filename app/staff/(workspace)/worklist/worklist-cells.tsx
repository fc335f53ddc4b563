import { getTranslations } from "next-intl/server";
import { clauseTitle, factLabel } from "@/components/results/labels";
import { Badge } from "@/components/ui/badge";
import { formatMoneyShort } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { WorklistRow } from "@/lib/data/worklist";
import { POLICIES } from "@/rules/policies";

type T = Awaited<ReturnType<typeof getTranslations<"dashboard.worklist">>>;

/** Clauses shown per client before "and n more". */
export const CLAUSES_SHOWN = 4;

export function AmountsCell({ row, t, lang }: { row: WorklistRow; t: T; lang: Lang }) {
  const s = row.summary;
  const line = (label: string, value: number) =>
    value > 0 ? (
      <li>
        <span className="text-slate-600">{label}</span> {formatMoneyShort(value, lang)}
      </li>
    ) : null;
  return (
    <ul className="space-y-0.5 whitespace-nowrap">
      {line(t("fixed"), s.fixed)}
      {line(t("upTo"), s.upTo)}
      {line(t("toWin"), s.toWin)}
      {s.fixed + s.upTo + s.toWin === 0 && <li className="text-slate-600">{t("notStated")}</li>}
    </ul>
  );
}

export function ClausesCell({ row, t, lang }: { row: WorklistRow; t: T; lang: Lang }) {
  const clauses = row.summary.clauses;
  return (
    <ul className="space-y-0.5">
      {clauses.slice(0, CLAUSES_SHOWN).map((c) => (
        <li key={c.id}>
          <span className="text-slate-600">{POLICIES[c.policy].shortName[lang]} · </span>
          {clauseTitle(c.id, lang)}
          <span className="text-slate-600">
            {" "}
            ({c.amount ? formatMoneyShort(c.amount.max, lang) : t("notStated")},{" "}
            {t(`certainty.${c.certainty}`)})
          </span>
        </li>
      ))}
      {clauses.length > CLAUSES_SHOWN && (
        <li className="text-slate-600">
          {t("moreClauses", { count: clauses.length - CLAUSES_SHOWN })}
        </li>
      )}
      {clauses.length === 0 && <li className="text-slate-600">{t("noClaimable")}</li>}
    </ul>
  );
}

export function StatusCell({ row, t, lang }: { row: WorklistRow; t: T; lang: Lang }) {
  return (
    <div className="flex flex-wrap gap-1">
      {row.ending.map((p) => (
        <Badge key={p} tone="warning">
          {t("ending", { policy: POLICIES[p].shortName[lang], date: POLICIES[p].validity.to })}
        </Badge>
      ))}
      {row.ending.length === 0 && <span className="text-slate-600">{t("inForce")}</span>}
    </div>
  );
}

/** The facts still missing; yearly figures named by the calendar year of the list's round. */
export function MissingCell({
  row,
  t,
  lang,
  eventYear,
}: {
  row: WorklistRow;
  t: T;
  lang: Lang;
  eventYear: number;
}) {
  const missing = row.summary.missing.slice(0, 3);
  if (missing.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="space-y-0.5">
      {missing.map((m) => (
        <li key={m.path}>
          {factLabel(m.path, lang, eventYear)}
          <span className="text-slate-600">
            {" "}
            {m.ceiling > 0
              ? t("unlocks", { count: m.clauses, amount: formatMoneyShort(m.ceiling, lang) })
              : t("unlocksClauses", { count: m.clauses })}
          </span>
        </li>
      ))}
    </ul>
  );
}
