import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-xs leading-5 text-slate-500">
        <p>
          {t("header.productName")} · {t("footer.note")}
        </p>
      </div>
    </footer>
  );
}
