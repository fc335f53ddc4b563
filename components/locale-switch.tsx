import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/lib/i18n/set-locale";
import { buttonClass } from "@/components/ui/button";

/** Offers the other language; a plain form, so it also works before JavaScript loads. */
export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("localeSwitch");
  const other = locale === "zh" ? "en" : "zh";
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other === "zh" ? "zh-CN" : "en"}
        aria-label={t("switchToLabel")}
        className={buttonClass({ variant: "secondary", className: "h-9 px-3" })}
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
