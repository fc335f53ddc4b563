/** Languages the interface is written in; Chinese comes first and is the default. */
export const locales = ["zh", "en"] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "zh";

/** Cookie that remembers the visitor's choice (the name next-intl uses). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The locale to render: the saved choice when it is one we support, else Chinese. */
export function resolveLocale(saved: string | undefined | null): Locale {
  return isLocale(saved) ? saved : defaultLocale;
}

/** BCP 47 tag for `<html lang>` and number/date formatting. */
export function htmlLang(locale: Locale): string {
  return locale === "zh" ? "zh-CN" : "en";
}
