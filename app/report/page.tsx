import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { SAVED_CHECK_SCRIPT } from "@/lib/browser/self-check-key";
import { ReportView } from "./report-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return { title: t("title") };
}

/** /report: the printable report of the profile kept in this browser. */
export default async function ReportPage() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SAVED_CHECK_SCRIPT }} />
      <ReportView />
    </>
  );
}
