import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ClauseSearch } from "@/components/library/clause-search";
import { PolicyStatusBadge } from "@/components/library/policy-status-badge";
import { policySummaries } from "@/lib/library";
import { todayInHangzhou } from "@/lib/today";
import { POLICIES } from "@/rules/policies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library");
  return { title: t("title") };
}

export default async function PoliciesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  await connection(); // the status depends on today's date
  const [t, locale, { q }] = await Promise.all([
    getTranslations("library"),
    getLocale(),
    searchParams,
  ]);
  const lang = locale === "en" ? "en" : "zh";
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const today = todayInHangzhou();
  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-base leading-7 text-slate-700">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <Link
            href="/policies/readings"
            className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline"
          >
            {t("readingsLink")}
          </Link>
        </p>
      </header>
      <ClauseSearch query={query} lang={lang} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {policySummaries(today).map((s) => {
          const p = POLICIES[s.key];
          return (
            <li key={s.key}>
              <Card className="flex h-full flex-col">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold text-slate-900">
                    <Link href={`/policies/${s.key}`} className="hover:underline">
                      {p.shortName[lang]}
                    </Link>
                  </h2>
                  <PolicyStatusBadge status={s.status} lang={lang} />
                  <span className="text-xs text-slate-500">
                    {t("statusToday", { date: today })}
                  </span>
                </div>
                <p className="mt-1 text-sm text-slate-600" lang="zh-CN">
                  {p.title}
                </p>
                <p className="mt-2 text-sm leading-6 text-slate-700">{p.description[lang]}</p>
                <p className="mt-2 text-xs text-slate-500">
                  {t("validity", { from: p.validity.from, to: p.validity.to })} ·{" "}
                  {t("clauses", { count: s.clauseCount, monetary: s.monetaryCount })}
                </p>
                <Link
                  href={`/policies/${s.key}`}
                  className="mt-auto pt-3 text-sm font-medium text-brand-700 hover:underline"
                >
                  {t("open")} →
                </Link>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
