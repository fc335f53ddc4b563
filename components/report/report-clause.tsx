import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Lang } from "@/lib/engine/text";
import type { ReportClause } from "@/lib/report/model";
import { PUNCTUATION } from "@/lib/report/punctuation";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[var(--label-width)_1fr] gap-x-2 max-sm:grid-cols-1">
      <dt className="text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 1) return lines[0];
  return (
    <ul className="list-disc pl-4">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** One eligible clause: title and source, amount and its kind, calculation, readings, conditions, what to do. */
export function ReportClauseBlock({
  clause,
  index,
  lang,
}: {
  clause: ReportClause;
  index: number;
  lang: Lang;
}) {
  const t = useTranslations("report");
  const p = PUNCTUATION[lang];
  return (
    <article
      className="space-y-1 border-t border-slate-400 pt-2 text-sm"
      data-certainty={clause.certainty}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 break-after-avoid">
        <h3 className="font-semibold">
          {index}. {clause.title}
        </h3>
        <p className="font-semibold whitespace-nowrap">{clause.amountText}</p>
      </div>
      <p className="text-xs text-slate-700">{clause.citation}</p>
      {/* English labels ("Readings assumed", "Lead department") need a wider column to stay on one line. */}
      <dl
        className={`space-y-0.5 leading-5 ${lang === "zh" ? "[--label-width:6.5rem]" : "[--label-width:9.5rem]"}`}
      >
        <Item label={t("kind")}>
          {clause.certaintyLabel}
          {p.paren(clause.kindLabel)}
        </Item>
        {clause.calculation.length > 0 && (
          <Item label={t("calculation")}>
            <Lines lines={clause.calculation} />
          </Item>
        )}
        {clause.readings.length > 0 && (
          <Item label={t("readings")}>
            <Lines lines={clause.readings} />
          </Item>
        )}
        {clause.conditions.length > 0 && (
          <Item label={t("conditions")}>{clause.conditions.join(p.semicolon)}</Item>
        )}
        <Item label={t("lead")}>{clause.lead}</Item>
        <Item label={t("prepare")}>
          <Lines lines={clause.prepare} />
        </Item>
        <Item label={t("channel")}>{clause.channel}</Item>
      </dl>
    </article>
  );
}
