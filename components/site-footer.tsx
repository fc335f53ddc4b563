import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-xs leading-5 text-slate-500">
        <p>
          {t("header.productName")} · {t("footer.note")} ·{" "}
          <Link href="/api-docs" className="underline underline-offset-2 hover:text-slate-700">
            {t("footer.api")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
