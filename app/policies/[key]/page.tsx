import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ClauseCard } from "@/components/library/clause-card";
import { PolicyStatusBadge } from "@/components/library/policy-status-badge";
import { clauseSourceText, clauseTitle } from "@/components/results/labels";
import { formatYuan } from "@/lib/engine/format";
import { clauseAnchor } from "@/lib/library";
import { POLICY_KEYS, type PolicyKey } from "@/lib/engine/types";
import { statusOn } from "@/lib/engine/validity";
import { todayInHangzhou } from "@/lib/today";
import { POLICY_RULES } from "@/rules";

type Props = { params: Promise<{ key: string }> };

const isPolicyKey = (k: string): k is PolicyKey => (POLICY_KEYS as readonly string[]).includes(k);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  const rules = POLICY_RULES.find((p) => p.policy.key === key);
  return { title: rules ? rules.policy.shortName.zh : undefined };
}

export default async function PolicyPage({ params }: Props) {
  await connection();
  const { key } = await params;
  if (!isPolicyKey(key)) notFound();
  const rules = POLICY_RULES.find((p) => p.policy.key === key)!;
  const [t, locale] = await Promise.all([getTranslations("library"), getLocale()]);
  const lang = locale === "en" ? "en" : "zh";
  const today = todayInHangzhou();
  const p = rules.policy;
  return (
    <div className="space-y-6">
      <Link href="/policies" className="text-sm font-medium text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{p.shortName[lang]}</h1>
          <PolicyStatusBadge status={statusOn(p.validity, today)} lang={lang} />
          <span className="text-xs text-slate-500">{t("statusToday", { date: today })}</span>
        </div>
        <p className="text-base text-slate-800" lang="zh-CN">
          {p.title}
        </p>
        <p className="text-sm text-slate-600">
          {t("issued", { issued: p.issued })} ·{" "}
          {t("validity", { from: p.validity.from, to: p.validity.to })}
        </p>
        <p className="text-sm leading-6 text-slate-600" lang="zh-CN">
          {p.validityText}
        </p>
      </header>
      {rules.capGroups && rules.capGroups.length > 0 && (
        <section
          aria-labelledby="cap-groups"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="cap-groups" className="font-semibold text-slate-900">
            {t("capGroups")}
          </h2>
          <ul className="mt-2 space-y-2 text-sm text-slate-700">
            {rules.capGroups.map((g) => (
              <li key={g.id}>
                {g.label[lang]}
                {typeof g.cap === "number" ? ` ${formatYuan(g.cap, lang)}` : ""} —{" "}
                {t("capGroupClauses", {
                  ids: g.clauses
                    .map((id) => clauseSourceText(id, lang))
                    .join(lang === "zh" ? "；" : "; "),
                })}
                {g.text && (
                  <span className="block text-xs text-slate-500" lang="zh-CN">
                    {g.text}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-labelledby="policy-toc" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="policy-toc" className="font-semibold text-slate-900">
          {t("contents", { count: rules.clauses.length })}
        </h2>
        <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          {rules.clauses.map((c) => (
            <li key={c.id}>
              <a
                href={`#${clauseAnchor(c.id)}`}
                className="text-brand-700 underline-offset-4 hover:underline"
              >
                {clauseTitle(c.id, lang)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-label={t("title")} className="space-y-4">
        {rules.clauses.map((c) => (
          <ClauseCard key={c.id} clause={c} lang={lang} />
        ))}
      </section>
    </div>
  );
}
