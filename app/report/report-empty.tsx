import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Nothing to report: no industry chosen yet, or the saved answers have errors. */
export function ReportEmpty({ invalid }: { invalid: boolean }) {
  const t = useTranslations("report");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-sm text-slate-700">{invalid ? t("invalid") : t("empty")}</p>
      <Link href="/check" className={buttonClass()}>
        {t("back")}
      </Link>
    </div>
  );
}
