import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { KIND_LABELS } from "@/lib/engine/labels";
import type { Lang } from "@/lib/engine/text";
import { CLAUSE_KINDS } from "@/lib/engine/types";

/** What each badge on the cards means, in plain words. */
export function BadgeLegend({ lang }: { lang: Lang }) {
  const t = useTranslations("results");
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
        {t("legendTitle")}
      </summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-2">
        {CLAUSE_KINDS.map((k) => (
          <div key={k} className="contents">
            <dt>
              <Badge tone="brand">{KIND_LABELS[k][lang]}</Badge>
            </dt>
            <dd className="text-slate-700">{t(`kindMeaning.${k}`)}</dd>
          </div>
        ))}
        <dt>
          <Badge tone="warning">{t("review")}</Badge>
        </dt>
        <dd className="text-slate-700">{t("reviewMeaning")}</dd>
      </dl>
    </details>
  );
}
