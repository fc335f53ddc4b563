import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Shown with status 403 when signed-in staff open a record of another service centre. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="mt-3 text-slate-600">{t("body")}</p>
      <Link href="/staff" className={buttonClass({ className: "mt-6" })}>
        {t("back")}
      </Link>
    </section>
  );
}
