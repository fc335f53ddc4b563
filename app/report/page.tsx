import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportView } from "./report-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return { title: t("title") };
}

/** /report: the printable report of the profile kept in this browser. */
export default function ReportPage() {
  return <ReportView />;
}
