import type { Locale } from "@/lib/i18n/locales";
import type zh from "@/messages/zh.json";

export type Messages = typeof zh;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../../messages/${locale}.json`)).default as Messages;
}
