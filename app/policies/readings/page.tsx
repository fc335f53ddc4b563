import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { READINGS } from "@/lib/readings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library");
  return { title: t("readingsTitle") };
}

/** The reading conventions the traces cite ("解读约定第 N 条"), numbered like the document. */
export default async function ReadingsPage() {
  const [t, locale] = await Promise.all([getTranslations("library"), getLocale()]);
  const lang = locale === "en" ? "en" : "zh";
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/policies" className="text-sm font-medium text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("readingsTitle")}</h1>
        <p className="text-base leading-7 text-slate-700">{t("readingsIntro")}</p>
      </header>
      <ol className="space-y-4">
        {READINGS.map((r) => (
          <li
            key={r.n}
            id={`rule-${r.n}`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 target:border-brand-600 target:ring-2 target:ring-brand-600/30"
          >
            <h2 className="font-semibold text-slate-900">
              <span className="mr-2 text-slate-500">{t("readingsRule", { n: r.n })}</span>
              {r.title[lang]}
            </h2>
            <p className="mt-1 text-sm leading-6 text-slate-700">{r.body[lang]}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
