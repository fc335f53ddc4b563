import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SelfCheck } from "./self-check";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("check");
  return { title: t("title") };
}

/** /check: the enterprise self-check — the profile wizard with live results, all in the browser. */
export default async function CheckPage() {
  const t = await getTranslations("check");
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="text-sm leading-6 text-slate-700">{t("intro")}</p>
      </header>
      <SelfCheck />
    </div>
  );
}
