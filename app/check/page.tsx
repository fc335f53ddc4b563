import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SAVED_CHECK_SCRIPT } from "@/lib/browser/self-check-key";
import { SelfCheck } from "./self-check";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("check");
  return { title: t("title") };
}

/** /check: the enterprise self-check — the profile wizard with live results, all in the browser. */
export default async function CheckPage() {
  const t = await getTranslations("check");
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="space-y-6">
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SAVED_CHECK_SCRIPT }} />
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="text-sm leading-6 text-slate-700">{t("intro")}</p>
      </header>
      <SelfCheck />
    </div>
  );
}
