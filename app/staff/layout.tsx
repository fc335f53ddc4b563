import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages } from "@/lib/i18n/client-messages";
import type { Messages } from "@/lib/i18n/messages";

/** The staff pages' client components also read the workspace's strings. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const messages = (await getMessages()) as Messages;
  return (
    <NextIntlClientProvider messages={clientMessages(messages, { staff: true })}>
      {children}
    </NextIntlClientProvider>
  );
}
