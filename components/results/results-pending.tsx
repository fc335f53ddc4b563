import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/** The results column before any industry is chosen: what will appear there, and how. */
export function ResultsPending() {
  const t = useTranslations("check");
  return (
    <Card className="border-dashed">
      <h2 className="text-lg font-semibold text-slate-900">{t("resultsPending")}</h2>
      <p className="mt-2 text-sm leading-6 text-slate-600">{t("noIndustry")}</p>
    </Card>
  );
}
